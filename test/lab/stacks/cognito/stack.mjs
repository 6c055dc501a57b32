/**
 * Amazon Cognito: the real amazon-cognito-identity-js signs in with USER_PASSWORD_AUTH against a
 * stand-in of the user pool's JSON API (`InitiateAuth`, password and refresh token), on its own
 * origin. Like Cognito, the ID and access tokens are RS256 JWTs with `token_use`, the refresh
 * token a JWE. The API, as behind an API Gateway Cognito authorizer, takes the ID token itself
 * in `Authorization` with no scheme.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { CompactEncrypt, generateKeyPair } from 'jose';
import { createIssuer, readBody, sendJson, startSdkSite } from '../../sdk-kit.mjs';
import { packageVersion } from '../../kit.mjs';

const POOL_ID = 'us-east-1_TokkiLab1';
const CLIENT_ID = '5tokkilabclient0000000000a';
const USER = { sub: randomUUID(), username: 'demo', email: 'demo@example.com', password: 'demo' };

/** @type {import('../../types').LabStack} */
export default {
  id: 'cognito',
  title: 'Amazon Cognito user pool (amazon-cognito-identity-js)',
  library: `amazon-cognito-identity-js ${packageVersion('amazon-cognito-identity-js')} (USER_PASSWORD_AUTH; stand-in user pool)`,
  async start() {
    const issuer = await createIssuer(`https://cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`);
    // Cognito's refresh tokens are JWEs only the pool can read.
    const { publicKey: refreshKey } = await generateKeyPair('RSA-OAEP', { extractable: true });
    const refreshTokens = new Set();

    async function tokens(/** @type {boolean} */ withRefresh) {
      const originJti = randomUUID();
      const authTime = Math.floor(Date.now() / 1000);
      const common = {
        sub: USER.sub,
        origin_jti: originJti,
        event_id: randomUUID(),
        auth_time: authTime,
      };
      const result = {
        AccessToken: await issuer.sign({
          ...common,
          client_id: CLIENT_ID,
          token_use: 'access',
          scope: 'aws.cognito.signin.user.admin',
          jti: randomUUID(),
          username: USER.username,
        }),
        IdToken: await issuer.sign({
          ...common,
          aud: CLIENT_ID,
          token_use: 'id',
          'cognito:username': USER.username,
          email: USER.email,
          email_verified: true,
          jti: randomUUID(),
        }),
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      };
      if (!withRefresh) return result;
      const refreshToken = await new CompactEncrypt(new TextEncoder().encode(randomUUID()))
        .setProtectedHeader({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' })
        .encrypt(refreshKey);
      refreshTokens.add(refreshToken);
      return { ...result, RefreshToken: refreshToken };
    }

    return startSdkSite({
      id: 'cognito',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle({ req, res, url, host, credential }) {
        /** @param {number} status @param {string} type @param {string} message */
        const fail = (status, type, message) =>
          sendJson(req, res, status, { __type: type, message }, { 'x-amzn-errortype': type });
        if (host === 'cognito-idp' && url.pathname === '/' && req.method === 'POST') {
          const target = String(req.headers['x-amz-target']);
          const body = await readBody(req);
          if (target !== 'AWSCognitoIdentityProviderService.InitiateAuth') {
            return fail(400, 'UnknownOperationException', target);
          }
          if (body.ClientId !== CLIENT_ID) return fail(400, 'ResourceNotFoundException', 'client');
          const params = body.AuthParameters ?? {};
          if (body.AuthFlow === 'USER_PASSWORD_AUTH') {
            if (params.USERNAME !== USER.username || params.PASSWORD !== USER.password) {
              return fail(400, 'NotAuthorizedException', 'Incorrect username or password.');
            }
            return sendJson(req, res, 200, {
              AuthenticationResult: await tokens(true),
              ChallengeParameters: {},
            });
          }
          if (body.AuthFlow === 'REFRESH_TOKEN_AUTH' && refreshTokens.has(params.REFRESH_TOKEN)) {
            // Cognito answers a refresh with new ID and access tokens and keeps the refresh token.
            return sendJson(req, res, 200, {
              AuthenticationResult: await tokens(false),
              ChallengeParameters: {},
            });
          }
          return fail(400, 'NotAuthorizedException', 'Invalid Refresh Token');
        }
        if (host === 'api' && url.pathname === '/me') {
          const token = String(req.headers.authorization ?? '');
          if (token) credential();
          const claims = await issuer.verify(token);
          if (!claims || claims.token_use !== 'id')
            return sendJson(req, res, 401, { message: 'Unauthorized' });
          return sendJson(req, res, 200, { sub: claims.sub, email: claims.email });
        }
        return false;
      },
    });
  },
  expect: {
    verdict: 'token',
    tokens: [
      // The SDK's localStorage keys: CognitoIdentityServiceProvider.<clientId>.<user>.<token>.
      {
        kind: 'id',
        location: 'localStorage',
        name: /^CognitoIdentityServiceProvider\..+\.idToken$/,
      },
      {
        kind: 'access',
        location: 'localStorage',
        name: /^CognitoIdentityServiceProvider\..+\.accessToken$/,
      },
      {
        kind: 'refresh',
        location: 'localStorage',
        name: /^CognitoIdentityServiceProvider\..+\.refreshToken$/,
      },
      // The ID token, as an API Gateway Cognito authorizer takes it: the raw JWT, no scheme.
      { kind: 'id', location: 'header', name: 'Authorization' },
    ],
    // The last user's name and the clock drift the SDK keeps beside the tokens.
    notCredentials: [
      `CognitoIdentityServiceProvider.${CLIENT_ID}.LastAuthUser`,
      `CognitoIdentityServiceProvider.${CLIENT_ID}.demo.clockDrift`,
    ],
    // The explanation names the service it recognised (by its storage keys), not just a raw key.
    explains: ['Amazon Cognito'],
  },
};
