/**
 * The cognito stack's page script, bundled with the real amazon-cognito-identity-js: signs in with
 * USER_PASSWORD_AUTH against the stand-in user pool (the SDK keeps the tokens in localStorage
 * `CognitoIdentityServiceProvider.<clientId>.<user>.*`), calls the API the way an API Gateway
 * Cognito authorizer expects (the ID token itself in `Authorization`, no scheme), refreshes the
 * session with the refresh token and calls the API again.
 */
import './node-global.js';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { callApi } from '../../client-kit.js';

/** @param {CognitoUser} user @param {AuthenticationDetails} details */
const signIn = (user, details) =>
  new Promise((resolve, reject) =>
    user.authenticateUser(details, { onSuccess: resolve, onFailure: reject }),
  );

/** @param {CognitoUser} user @param {import('amazon-cognito-identity-js').CognitoRefreshToken} token */
const refresh = (user, token) =>
  new Promise((resolve, reject) =>
    user.refreshSession(token, (error, session) => (error ? reject(error) : resolve(session))),
  );

export async function login() {
  const pool = new CognitoUserPool({
    UserPoolId: 'us-east-1_TokkiLab1',
    ClientId: '5tokkilabclient0000000000a',
    endpoint: `http://cognito-idp.${location.host}/`,
  });
  const user = new CognitoUser({ Username: 'demo', Pool: pool });
  user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
  /** @type {import('amazon-cognito-identity-js').CognitoUserSession} */
  const session = await signIn(
    user,
    new AuthenticationDetails({ Username: 'demo', Password: 'demo' }),
  );
  const me = await callApi(session.getIdToken().getJwtToken());
  /** @type {import('amazon-cognito-identity-js').CognitoUserSession} */
  const renewed = await refresh(user, session.getRefreshToken());
  await callApi(renewed.getIdToken().getJwtToken());
  return `signed in as ${me.email}; refreshed: ${renewed.getIdToken().getJwtToken() !== session.getIdToken().getJwtToken()}`;
}
