/**
 * The auth0-memory stack's page script, bundled with the real Auth0 SPA SDK and its default
 * in-memory cache: the tokens live only in this script's memory. Logs in with a redirect to the
 * stand-in tenant, calls the API on another origin with the access token, then gets a new one
 * silently (a hidden iframe, `response_mode=web_message`) and calls the API again.
 */
import { createAuth0Client } from '@auth0/auth0-spa-js';
import { callApi, leftForLogin } from '../../client-kit.js';

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
    return leftForLogin();
  }
  await auth0.handleRedirectCallback();
  history.replaceState(null, '', '/');
  const first = await auth0.getTokenSilently();
  const me = await callApi(`Bearer ${first}`);
  const renewed = await auth0.getTokenSilently({ cacheMode: 'off' });
  await callApi(`Bearer ${renewed}`);
  return `signed in as ${me.email}; a new token from the silent iframe: ${renewed !== first}`;
}
