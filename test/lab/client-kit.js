/**
 * What the client-SDK stacks' page scripts (stacks/<id>/client.js) share; bundled into each page
 * with the real SDK (bundle.mjs), so it runs in the browser.
 */

/** The stack's API on an origin of its own, `api.<stack host>`, as sdk-kit.mjs serves it. */
export const API = `http://api.${location.host}/me`;

/**
 * GETs the API with this `Authorization` header and returns its JSON; throws when it refuses.
 * @param {string} authorization the whole header value, e.g. `Bearer <token>`
 * @param {string} [url]
 */
export async function callApi(authorization, url = API) {
  const response = await fetch(url, { headers: { Authorization: authorization } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}

/**
 * What `login()` returns once the SDK has sent the browser to the vendor's login page: a promise
 * that never settles, so this page is not marked done; it logs in when the browser comes back.
 * @returns {Promise<never>}
 */
export const leftForLogin = () => new Promise(() => undefined);
