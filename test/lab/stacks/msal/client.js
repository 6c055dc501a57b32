/**
 * The msal stack's page script, bundled with the real MSAL.js (PublicClientApplication,
 * sessionStorage cache): logs in with a redirect (code + PKCE) to the stand-in authority, calls
 * the API on another origin with the access token from acquireTokenSilent, forces a refresh with
 * the refresh token and calls the API again.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import { callApi, leftForLogin } from '../../client-kit.js';

const SCOPES = ['openid', 'profile', 'offline_access', 'api://tokki-lab/read'];
const authorityHost = `login.${location.host}`;

export async function login() {
  // MSAL accepts only an https authority, and the lab has no certificate Chromium trusts: the
  // authority keeps its https name, and its discovery document (read here over http) is handed to
  // MSAL as authorityMetadata, whose endpoints are the stand-in's.
  const discovery = `http://${authorityHost}/tokki-lab/v2.0/.well-known/openid-configuration`;
  const metadata = await (await fetch(discovery)).text();
  const msal = new PublicClientApplication({
    auth: {
      clientId: '7d9c6b2e-4f1a-4c3b-9e8d-2a1b0c9d8e7f',
      authority: `https://${authorityHost}/tokki-lab/v2.0`,
      knownAuthorities: [authorityHost],
      protocolMode: 'OIDC',
      authorityMetadata: metadata,
      redirectUri: `${location.origin}/`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await msal.initialize();
  const result = await msal.handleRedirectPromise();
  if (!result) {
    await msal.loginRedirect({ scopes: SCOPES });
    return leftForLogin();
  }
  const account = result.account;
  const first = await msal.acquireTokenSilent({ scopes: SCOPES, account });
  const me = await callApi(`Bearer ${first.accessToken}`);
  const renewed = await msal.acquireTokenSilent({ scopes: SCOPES, account, forceRefresh: true });
  await callApi(`Bearer ${renewed.accessToken}`);
  return `signed in as ${me.email}; refreshed: ${renewed.accessToken !== first.accessToken}`;
}
