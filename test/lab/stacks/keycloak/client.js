/**
 * The keycloak stack's page script, bundled with the real keycloak-js adapter: `login-required`
 * with PKCE sends the browser to the realm's login page; back here, the adapter exchanges the code
 * and keeps the tokens in memory. The page calls the API on another origin with the access token,
 * forces a refresh (updateToken(-1)) and calls the API again.
 */
import Keycloak from 'keycloak-js';
import { callApi } from '../../client-kit.js';

export async function login() {
  const keycloak = new Keycloak({
    url: `http://sso.${location.host}`,
    realm: 'tokki-lab',
    clientId: 'tokki-lab-spa',
  });
  // The login-status iframe is off: it needs third-party cookies, which the lab does not test.
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  if (!authenticated) throw new Error('keycloak-js says not authenticated');
  const first = keycloak.token;
  const me = await callApi(`Bearer ${first}`);
  await keycloak.updateToken(-1);
  await callApi(`Bearer ${keycloak.token}`);
  return `signed in as ${me.email}; refreshed: ${keycloak.token !== first}`;
}
