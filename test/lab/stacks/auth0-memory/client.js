/**
 * The auth0-memory stack's page script, bundled with the real Auth0 SPA SDK and its default
 * in-memory cache: the tokens live only in this script's memory. Logs in with a redirect to the
 * stand-in tenant, calls the API on another origin with the access token, then gets a new one
 * silently (a hidden iframe, `response_mode=web_message`) and calls the API again.
 */
import { createAuth0Client } from '@auth0/auth0-spa-js';

const api = `http://api.${location.host}/me`;

/** @param {string} accessToken */
async function callApi(accessToken) {
  const response = await fetch(api, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new Error(`GET ${api} answered ${response.status}`);
  return response.json();
}

export async function login() {
  const auth0 = await createAuth0Client({
    domain: `http://auth.${location.host}`,
    clientId: 'TokkiLabSpaClient',
    authorizationParams: {
      redirect_uri: `${location.origin}/`,
      audience: 'https://api.tokki-lab.example',
    },
  });
  if (!new URLSearchParams(location.search).has('code')) {
    await auth0.loginWithRedirect();
    return new Promise(() => undefined); // the browser is leaving for the tenant
  }
  await auth0.handleRedirectCallback();
  history.replaceState(null, '', '/');
  const first = await auth0.getTokenSilently();
  const me = await callApi(first);
  const renewed = await auth0.getTokenSilently({ cacheMode: 'off' });
  await callApi(renewed);
  return `signed in as ${me.email}; a new token from the silent iframe: ${renewed !== first}`;
}
