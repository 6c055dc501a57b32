import type { FrameworkValue } from '../../model/report';
import { base64Bytes, frameworkValue } from './shared';

/**
 * Cookies of ASP.NET Core's own that hold data-protected values but no login (TempData,
 * OpenID Connect correlation and nonce, antiforgery): only its authentication and session
 * cookies are claimed, and an app's own cookie names (custom authentication cookies).
 */
const ASPNET_LOGIN = /^\.AspNetCore\.(Cookies|Identity\.Application|Session)$/i;

/** The Data Protection magic header 0x09F0C9F0, base64url-encoded with the key id's first bits. */
const PROTECTED = /^CfDJ8[A-Za-z0-9_-]{40,}$/;
const MAGIC = [0x09, 0xf0, 0xc9, 0xf0];
/** An encrypted FormsAuthenticationTicket: upper-case hex, whole blocks. */
const FORMS_TICKET = /^(?:[0-9A-F]{32}){3,}$/;

/**
 * Names ASP.NET cookie protection: ASP.NET Core Data Protection (`CfDJ8…`; the session cookie
 * holds a session id, authentication cookies the whole sign-in ticket) and the classic forms
 * authentication ticket (`.ASPXAUTH`). Both are encrypted with the server's keys.
 *
 * @example readAspNet('.AspNetCore.Session', 'CfDJ8FOvyUjOf0…')?.holds // 'session-id'
 */
export function readAspNet(name: string, value: string): FrameworkValue | undefined {
  const ownCookie = /^\.AspNetCore\./i.test(name);
  if (PROTECTED.test(value) && (!ownCookie || ASPNET_LOGIN.test(name))) {
    const bytes = base64Bytes(value.slice(0, 8));
    if (!bytes || MAGIC.some((b, i) => bytes[i] !== b)) return undefined;
    const session = /^\.AspNetCore\.Session$/i.test(name);
    return frameworkValue('aspnet-data-protection', session ? { holds: 'session-id' } : {});
  }
  if (/^\.ASPXAUTH$/i.test(name) && FORMS_TICKET.test(value)) {
    return frameworkValue('aspnet-forms-ticket');
  }
  return undefined;
}
