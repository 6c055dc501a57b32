/**
 * What every route handler receives besides the request and response.
 * @typedef {object} RouteContext
 * @property {string} path the request path without the query
 * @property {ReturnType<import('../urls.mjs').demoUrls>} urls
 * @property {Awaited<ReturnType<import('../jwt-keys.mjs').createJwtKeys>>} keys
 * @property {ReturnType<import('../stores.mjs').createSessionStore>} sessions
 * @property {ReturnType<import('../stores.mjs').createRefreshStore>} refreshTokens
 * @property {number} accessTtlSeconds
 */
export {};
