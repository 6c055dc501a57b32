import type { FrameworkValue } from '../model/report';
import type { Sourced } from './types';

/** The id of a framework's own value format (FrameworkValue.format). */
export type CookieFormatId =
  | 'itsdangerous'
  | 'django-signing'
  | 'cookie-session'
  | 'express-session'
  | 'iron'
  | 'rails'
  | 'laravel'
  | 'aspnet-data-protection'
  | 'aspnet-forms-ticket'
  | 'authjs-jwe';

export interface CookieFormatRow extends Sourced {
  format: CookieFormatId;
  /** The framework as users know it; a reader may name a closer one (koa-session, @hapi/iron). */
  framework: string;
  /** What the value is, unless the reader knows better from the cookie's name. */
  holds: FrameworkValue['holds'];
  protection: FrameworkValue['protection'];
}

/**
 * Value formats that frameworks write into their own cookies, recognised by shape (see
 * lib/engine/decode/frameworks). Signed formats are readable without the server's secret; encrypted
 * ones are only named.
 */
export const cookieFormats: Readonly<Record<CookieFormatId, CookieFormatRow>> = {
  // `payload.timestamp.signature`, payload base64url JSON, zlib-compressed when it starts with '.'.
  itsdangerous: {
    format: 'itsdangerous',
    framework: 'Flask',
    holds: 'session-data',
    protection: 'signed',
    source: 'https://itsdangerous.palletsprojects.com/en/stable/url_safe/',
  },
  // `payload:timestamp:signature`: the signed_cookies session backend keeps the whole session.
  'django-signing': {
    format: 'django-signing',
    framework: 'Django (cookie-based sessions)',
    holds: 'session-data',
    protection: 'signed',
    source:
      'https://docs.djangoproject.com/en/stable/topics/http/sessions/#using-cookie-based-sessions',
  },
  // `session` = base64(JSON), `session.sig` = its keygrip signature.
  'cookie-session': {
    format: 'cookie-session',
    framework: 'cookie-session',
    holds: 'session-data',
    protection: 'signed',
    source: 'https://github.com/expressjs/cookie-session#readme',
  },
  // `s:<session id>.<HMAC-SHA256>`, URL-encoded: the server keeps the session.
  'express-session': {
    format: 'express-session',
    framework: 'express-session',
    holds: 'session-id',
    protection: 'signed',
    source: 'https://github.com/expressjs/session#secret',
  },
  // `Fe26.2*…` seal of @hapi/iron (AES-256-CBC + HMAC); iron-session appends `~<version>`.
  iron: {
    format: 'iron',
    framework: 'iron-session',
    holds: 'session-data',
    protection: 'encrypted',
    source: 'https://github.com/vvo/iron-session#readme',
  },
  // `data--iv--authTag` (AES-256-GCM, Rails 5.2+) or `data--digest` (older, signed).
  rails: {
    format: 'rails',
    framework: 'Ruby on Rails',
    holds: 'session-data',
    protection: 'encrypted',
    source: 'https://api.rubyonrails.org/classes/ActionDispatch/Session/CookieStore.html',
  },
  // base64 JSON `{iv, value, mac, tag}`; the session cookie holds the encrypted session id.
  laravel: {
    format: 'laravel',
    framework: 'Laravel',
    holds: 'session-id',
    protection: 'encrypted',
    source: 'https://laravel.com/docs/responses#cookies-and-encryption',
  },
  // base64url with the magic header 0x09F0C9F0 (it always starts `CfDJ8`).
  'aspnet-data-protection': {
    format: 'aspnet-data-protection',
    framework: 'ASP.NET Core',
    holds: 'session-data',
    protection: 'encrypted',
    source:
      'https://learn.microsoft.com/en-us/aspnet/core/security/data-protection/implementation/authenticated-encryption-details',
  },
  // Upper-case hex of an encrypted FormsAuthenticationTicket.
  'aspnet-forms-ticket': {
    format: 'aspnet-forms-ticket',
    framework: 'ASP.NET Forms Authentication',
    holds: 'session-data',
    protection: 'encrypted',
    source:
      'https://learn.microsoft.com/en-us/dotnet/api/system.web.security.formsauthentication.encrypt',
  },
  // The JWT session strategy: the whole session is a JWE in the session-token cookie.
  'authjs-jwe': {
    format: 'authjs-jwe',
    framework: 'Auth.js',
    holds: 'session-data',
    protection: 'encrypted',
    source: 'https://authjs.dev/concepts/session-strategies',
  },
};
