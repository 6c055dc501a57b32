/**
 * Firebase Auth: the real `firebase` JS SDK signs in with e-mail and password. Google's backend is
 * replaced by a stand-in of the Auth emulator's REST API (the endpoints `connectAuthEmulator`
 * sends the SDK's calls to), on its own origin, signing real RS256 ID tokens.
 */
import { join } from 'node:path';
import { packageVersion } from '../../kit.mjs';
import {
  bearerApi,
  createIssuer,
  opaque,
  readBody,
  sendJson,
  startSdkSite,
} from '../../sdk-kit.mjs';

const PROJECT = 'tokki-lab';
const USER = { localId: 'lab-user-1', email: 'demo@example.com', password: 'demo' };

/** @type {import('../../types').LabStack} */
export default {
  id: 'firebase',
  title: 'Firebase Auth (JS SDK), e-mail and password',
  library: `firebase ${packageVersion('firebase')} (firebase/auth, connectAuthEmulator to a stand-in)`,
  firefox: true,
  async start() {
    // Firebase ID tokens are issued by securetoken.google.com/<project> for the audience <project>.
    const issuer = await createIssuer(`https://securetoken.google.com/${PROJECT}`);
    /** refresh token → uid */
    const refreshTokens = new Map();
    const idTokenFor = (/** @type {string} */ uid) =>
      issuer.sign({
        aud: PROJECT,
        auth_time: Math.floor(Date.now() / 1000),
        user_id: uid,
        sub: uid,
        email: USER.email,
        email_verified: true,
        firebase: { identities: { email: [USER.email] }, sign_in_provider: 'password' },
      });
    const tokens = async (/** @type {string} */ uid) => {
      const refreshToken = opaque(48);
      refreshTokens.set(refreshToken, uid);
      return { idToken: await idTokenFor(uid), refreshToken, expiresIn: '3600' };
    };
    const userInfo = () => ({
      localId: USER.localId,
      email: USER.email,
      emailVerified: true,
      providerUserInfo: [
        { providerId: 'password', federatedId: USER.email, email: USER.email, rawId: USER.email },
      ],
      createdAt: String(Date.now() - 86_400_000),
      lastLoginAt: String(Date.now()),
    });

    /** The site's own API takes the ID token as its Bearer token. */
    const me = bearerApi(issuer.verify, (claims) => ({ uid: claims.sub, email: claims.email }));

    return startSdkSite({
      id: 'firebase',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle(request) {
        const { req, res, url, host } = request;
        const path = url.pathname;
        if (host === 'auth' && path.endsWith('/accounts:signInWithPassword')) {
          const body = await readBody(req);
          if (body.email !== USER.email || body.password !== USER.password) {
            return sendJson(req, res, 400, {
              error: { code: 400, message: 'INVALID_LOGIN_CREDENTIALS' },
            });
          }
          const t = await tokens(USER.localId);
          return sendJson(req, res, 200, {
            kind: 'identitytoolkit#VerifyPasswordResponse',
            localId: USER.localId,
            email: USER.email,
            displayName: '',
            registered: true,
            ...t,
          });
        }
        if (host === 'auth' && path.endsWith('/accounts:lookup')) {
          const body = await readBody(req);
          if (!(await issuer.verify(String(body.idToken)))) {
            return sendJson(req, res, 400, { error: { code: 400, message: 'INVALID_ID_TOKEN' } });
          }
          return sendJson(req, res, 200, {
            kind: 'identitytoolkit#GetAccountInfoResponse',
            users: [userInfo()],
          });
        }
        if (host === 'auth' && path.endsWith('/securetoken.googleapis.com/v1/token')) {
          const body = await readBody(req);
          const uid = refreshTokens.get(String(body.refresh_token));
          if (body.grant_type !== 'refresh_token' || !uid) {
            return sendJson(req, res, 400, {
              error: { code: 400, message: 'INVALID_REFRESH_TOKEN' },
            });
          }
          // Firebase keeps the refresh token; only the ID token is new.
          const idToken = await idTokenFor(uid);
          return sendJson(req, res, 200, {
            access_token: idToken,
            id_token: idToken,
            expires_in: '3600',
            token_type: 'Bearer',
            refresh_token: body.refresh_token,
            user_id: uid,
            project_id: PROJECT,
          });
        }
        if (host === '' && path === '/api/me') return me(request);
        return false;
      },
    });
  },
  expect: {
    verdict: 'token',
    tokens: [
      // The SDK keeps its user record in IndexedDB: the ID token (stsTokenManager.accessToken,
      // sent as the Bearer token) and the refresh token next to it.
      { kind: 'id', location: 'indexedDB', name: /firebaseLocalStorageDb/ },
      { kind: 'refresh', location: 'indexedDB', name: /firebaseLocalStorageDb/ },
    ],
    // The explanation names the SDK it recognised (by its IndexedDB database).
    explains: ['Firebase'],
  },
};
