/** `scheme://user:password@` at the start of a URL: the password is the second group. */
const USERINFO_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i;

/**
 * The URL without the password of its user info (`http://alice:pw@host/` → `http://alice@host/`).
 * Browsers report the address as typed, and it is shown (the panel's site title, exports):
 * a password typed into the address bar must not be.
 *
 * @example withoutUrlPassword('http://alice:pw@intranet/') // 'http://alice@intranet/'
 */
export function withoutUrlPassword(url: string): string {
  return USERINFO_PASSWORD.test(url) ? url.replace(USERINFO_PASSWORD, '$1@') : url;
}
