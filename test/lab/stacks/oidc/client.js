/**
 * The oidc stack's page script, bundled with the real oidc-client-ts: authorization code + PKCE
 * against the OpenID provider on `id.<host>`. On first load it redirects to the provider; back on
 * this page with `?code=` it exchanges the code (the user lands in sessionStorage
 * `oidc.user:<authority>:<client_id>`), calls the API with the access token, renews it with the
 * refresh token and calls the API again.
 */
import { UserManager } from 'oidc-client-ts';
import { callApi, leftForLogin } from '../../client-kit.js';

const authority = `http://id.${location.host}`;

export async function login() {
  const manager = new UserManager({
    authority,
    client_id: 'tokki-lab-spa',
    redirect_uri: `${location.origin}/`,
    response_type: 'code',
    // offline_access (with prompt=consent, OpenID Connect Core §11) gets a refresh token.
    scope: 'openid email offline_access',
    prompt: 'consent',
  });
  if (!new URLSearchParams(location.search).has('code')) {
    await manager.signinRedirect();
    return leftForLogin();
  }
  const user = await manager.signinRedirectCallback();
  history.replaceState(null, '', '/');
  const me = await callApi(`Bearer ${user.access_token}`);
  const renewed = await manager.signinSilent();
  if (!renewed) throw new Error('no user after the refresh');
  await callApi(`Bearer ${renewed.access_token}`);
  return `signed in as ${me.email}; renewed with the refresh token: ${renewed.access_token !== user.access_token}`;
}
