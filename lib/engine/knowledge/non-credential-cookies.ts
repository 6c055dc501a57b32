import { nameLookup, type NameRule, type Sourced } from './types';

/** What a cookie or storage entry is for, when it is not a credential. */
export type CookiePurpose =
  | 'analytics'
  | 'advertising'
  | 'consent'
  | 'load-balancer'
  | 'cdn'
  | 'csrf'
  | 'preferences'
  /** Where to send the user after signing in (Auth.js callback-url). */
  | 'redirect'
  /** A hint the SDK keeps for itself: "someone is signed in", never proof of it. */
  | 'flag'
  /** OAuth/OIDC round-trip state: state, nonce, PKCE code verifier. */
  | 'oauth-state'
  /** Who signed in last or which organisation to suggest: a name, not a credential. */
  | 'user-hint';

export interface NonCredentialCookieRow extends NameRule, Sourced {
  purpose: CookiePurpose;
  vendor: string;
}

/**
 * Cookies that never prove who the user is. They must not make a site look logged in, however
 * random their values look.
 */
export const nonCredentialCookies: readonly NonCredentialCookieRow[] = [
  {
    pattern: /^_ga(_[A-Z0-9]+)?$/,
    purpose: 'analytics',
    vendor: 'Google Analytics',
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    pattern: /^(_gid|_gat(_.*)?|__utm[a-z])$/,
    purpose: 'analytics',
    vendor: 'Google Analytics',
    source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage',
  },
  {
    pattern: /^(_gcl_[a-z]+|IDE|test_cookie|NID|1P_JAR|AEC)$/,
    purpose: 'advertising',
    vendor: 'Google Ads',
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    pattern: /^(_fbp|_fbc|fr)$/,
    purpose: 'advertising',
    vendor: 'Meta Pixel',
    source: 'https://www.facebook.com/policy/cookies/',
  },
  {
    pattern: /^_hj/,
    purpose: 'analytics',
    vendor: 'Hotjar',
    source:
      'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
  {
    pattern: /^(_clck|_clsk|CLID|MUID|ANONCHK|SM)$/,
    purpose: 'analytics',
    vendor: 'Microsoft Clarity',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    pattern:
      /^(ajs_anonymous_id|ajs_user_id|mp_.*_mixpanel|amp_.*|_pk_(id|ses)\..*|_mkto_trk|hubspotutk|__hs[a-z]+|_uetsid|_uetvid|_tt_enable_cookie|_ttp|_scid|li_gc|bcookie|lidc)$/,
    purpose: 'analytics',
    vendor:
      'Segment / Mixpanel / Amplitude / Matomo / Marketo / HubSpot / Bing / TikTok / Snap / LinkedIn',
    source:
      'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/',
  },
  {
    pattern:
      /^(cookie_?consent(_status)?|cookieconsent_status|CookieConsent|OptanonConsent|OptanonAlertBoxClosed|euconsent(-v2)?|CookieControl|cmplz_.*|didomi_token|usprivacy|_iub_cs-.*|borlabs-cookie)$/i,
    purpose: 'consent',
    vendor: 'Consent managers (OneTrust, Cookiebot, Osano, IAB TCF, …)',
    source: 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
  },
  {
    pattern: /^(AWSALB|AWSALBCORS|AWSALBTG|AWSALBTGCORS|AWSELB|AWSELBCORS)$/,
    purpose: 'load-balancer',
    vendor: 'AWS Elastic Load Balancing',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  },
  {
    pattern:
      /^(ARRAffinity|ARRAffinitySameSite|SERVERID|BIGipServer.*|TS01[0-9a-f]+|NSC_.*|ROUTEID|INGRESSCOOKIE)$/,
    purpose: 'load-balancer',
    vendor: 'Azure App Service / HAProxy / F5 / Citrix / nginx ingress',
    source:
      'https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings',
  },
  {
    pattern: /^(__cf_bm|cf_clearance|__cfruid|_cfuvid|__cflb|cf_ob_info|cf_use_ob)$/,
    purpose: 'cdn',
    vendor: 'Cloudflare',
    source:
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  {
    pattern: /^(ak_bmsc|bm_sv|bm_sz|_abck|bm_mi)$/,
    purpose: 'cdn',
    vendor: 'Akamai Bot Manager',
    source: 'https://techdocs.akamai.com/property-mgr/docs/akamai-cookies',
  },
  {
    name: 'csrftoken',
    purpose: 'csrf',
    vendor: 'Django',
    source: 'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-name',
  },
  {
    pattern:
      /^(XSRF-TOKEN|_csrf|csrf_token|csrf|_xsrf|__Host-csrf.*|CSRF-TOKEN|__RequestVerificationToken.*|\.AspNetCore\.Antiforgery\..*)$/i,
    purpose: 'csrf',
    vendor: 'Angular / Laravel / csurf / Tornado / ASP.NET',
    source:
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
  },
  // Auth.js sets these around a sign-in; only the session-token cookie proves the login.
  {
    pattern: /^(__Secure-)?(authjs|next-auth)\.callback-url$/,
    purpose: 'redirect',
    vendor: 'Auth.js / NextAuth.js',
    source:
      'https://github.com/nextauthjs/next-auth/blob/main/packages/core/src/lib/utils/cookie.ts',
  },
  {
    pattern: /^(__Secure-)?(authjs|next-auth)\.(pkce\.code_verifier|state|nonce)$/,
    purpose: 'oauth-state',
    vendor: 'Auth.js / NextAuth.js',
    source:
      'https://github.com/nextauthjs/next-auth/blob/main/packages/core/src/lib/utils/cookie.ts',
  },
  {
    // `auth0.<clientId>.is.authenticated` = "true": lets the SDK skip a silent sign-in check.
    pattern: /^(_legacy_)?auth0(\.[^.]+)?\.is\.authenticated$/,
    purpose: 'flag',
    vendor: 'Auth0 SPA SDK',
    source: 'https://github.com/auth0/auth0-spa-js/blob/main/src/Auth0Client.utils.ts',
  },
  {
    pattern: /^(_legacy_)?auth0\.[^.]+\.organization_hint$/,
    purpose: 'user-hint',
    vendor: 'Auth0 SPA SDK',
    source: 'https://github.com/auth0/auth0-spa-js/blob/main/src/Auth0Client.utils.ts',
  },
  {
    // "Client updated at": a timestamp telling Clerk whether to refresh __session.
    pattern: /^__client_uat(_[A-Za-z0-9-]+)?$/,
    purpose: 'flag',
    vendor: 'Clerk',
    source: 'https://clerk.com/docs/how-clerk-works/overview',
  },
  {
    pattern: /^okta-oauth-(state|nonce|redirect-params)$/,
    purpose: 'oauth-state',
    vendor: 'Okta Auth JS',
    source: 'https://github.com/okta/okta-auth-js/blob/master/lib/constants.ts',
  },
  {
    pattern: /^sb-[^-]+-auth-token-code-verifier(\.\d+)?$/,
    purpose: 'oauth-state',
    vendor: 'Supabase Auth',
    source: 'https://supabase.com/docs/guides/auth/sessions/pkce-flow',
  },
  {
    // Device fingerprints and throttling of the sign-in service; esctx is its CSRF binding.
    pattern: /^(buid|fpc|ESTSAUTHLIGHT|SignInStateCookie|CCState)$/,
    purpose: 'cdn',
    vendor: 'Microsoft Entra ID',
    source:
      'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-web-browser-cookies',
  },
  {
    pattern: /^_oauth2_proxy_csrf(_[A-Za-z0-9]+)?$/,
    purpose: 'csrf',
    vendor: 'oauth2-proxy',
    source: 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview',
  },
  {
    name: 'esctx',
    purpose: 'csrf',
    vendor: 'Microsoft Entra ID',
    source:
      'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-web-browser-cookies',
  },
  {
    pattern: /^(did|did_compat)$/,
    purpose: 'cdn',
    vendor: 'Auth0 (attack protection)',
    source: 'https://auth0.com/docs/manage-users/cookies/authentication-api-cookies',
  },
  {
    pattern: /^(wordpress_test_cookie|wp-settings-(time-)?\d+)$/,
    purpose: 'preferences',
    vendor: 'WordPress',
    source: 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/',
  },
  {
    pattern:
      /^(lang|locale|language|theme|tz|timezone|i18n_redirected|NEXT_LOCALE|dark_mode|color_scheme)$/i,
    purpose: 'preferences',
    vendor: 'Site preferences',
    source: 'https://nextjs.org/docs/pages/building-your-application/routing/internationalization',
  },
];

const lookup = nameLookup(nonCredentialCookies);

/** Why a cookie is known not to be a credential, if it is. */
export function findNonCredentialCookie(name: string): NonCredentialCookieRow | undefined {
  return lookup(name);
}
