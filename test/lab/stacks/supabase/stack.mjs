/**
 * Supabase: the real supabase-js signs in with e-mail and password against a stand-in of GoTrue
 * (`/auth/v1/token`, `/auth/v1/user`) and reads a table through a stand-in of PostgREST
 * (`/rest/v1/notes`), on the project's own origin. Every request carries the project's anon key
 * (`apikey`, and as the Bearer token before login): a JWT with `role: anon`, public by design, not
 * a user credential.
 */
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  bearerOf,
  createIssuer,
  opaque,
  readBody,
  sendJson,
  startSdkSite,
} from '../../sdk-kit.mjs';
import { packageVersion } from '../../kit.mjs';

/**
 * The project ref: supabase-js names its storage key `sb-<ref>-auth-token` after the URL's first
 * label.
 */
const REF = 'labref';
const USER = { id: randomUUID(), email: 'demo@example.com', password: 'demo' };

/** @type {import('../../types').LabStack} */
export default {
  id: 'supabase',
  title: 'Supabase Auth (supabase-js), e-mail and password',
  library: `@supabase/supabase-js ${packageVersion('@supabase/supabase-js')} (stand-in GoTrue and PostgREST)`,
  async start() {
    /** @type {Awaited<ReturnType<typeof createIssuer>>} */
    let issuer;
    // The anon key: HS256 with the project's JWT secret, `role: anon`, valid for years.
    const anonKey = await new SignJWT({ iss: 'supabase', ref: REF, role: 'anon' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('10y')
      .sign(randomBytes(32));
    /** refresh token → user id; GoTrue rotates it on every use. */
    const refreshTokens = new Map();
    /** The user's access token when the request carries one (not the anon key), else undefined. */
    const userClaims = async (/** @type {import('node:http').IncomingMessage} */ req) => {
      const token = bearerOf(req);
      return token && token !== anonKey ? issuer.verify(token) : undefined;
    };

    const site = await startSdkSite({
      id: 'supabase',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle({ req, res, url, host, credential }) {
        const path = url.pathname;
        if (host === '' && path === '/config.json') {
          return sendJson(req, res, 200, { url: site.origin(REF), anonKey });
        }
        if (host !== REF) return false;
        if (req.headers.apikey !== anonKey) {
          return sendJson(req, res, 401, { message: 'Invalid API key' });
        }
        if (path === '/auth/v1/token' && req.method === 'POST') {
          const body = await readBody(req);
          const grant = url.searchParams.get('grant_type');
          if (
            grant === 'password' &&
            body.email === USER.email &&
            body.password === USER.password
          ) {
            return sendJson(req, res, 200, await newSession(issuer, refreshTokens));
          }
          if (grant === 'refresh_token' && refreshTokens.delete(String(body.refresh_token))) {
            return sendJson(req, res, 200, await newSession(issuer, refreshTokens));
          }
          return sendJson(req, res, 400, {
            code: 400,
            error_code: 'invalid_credentials',
            msg: 'Invalid login credentials',
          });
        }
        if (path === '/auth/v1/user' || path === '/rest/v1/notes') {
          if (bearerOf(req) !== anonKey) credential();
          if (!(await userClaims(req))) {
            return sendJson(req, res, 401, { code: 401, msg: 'invalid JWT' });
          }
          if (path === '/auth/v1/user') return sendJson(req, res, 200, userRecord());
          return sendJson(req, res, 200, [{ id: 1, owner: USER.id, text: 'hello from PostgREST' }]);
        }
        return false;
      },
    });
    issuer = await createIssuer(`${site.origin(REF)}/auth/v1`);
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // One JSON session under sb-<ref>-auth-token: the access token (sent as Bearer) and the
      // refresh token next to it.
      { kind: 'access', location: 'localStorage', name: /^sb-labref-auth-token/ },
      { kind: 'refresh', location: 'localStorage', name: /^sb-labref-auth-token/ },
    ],
    // The anon key rides in the `apikey` header (and as Bearer before login); it is public.
    notCredentials: ['apikey'],
    // The explanation names the SDK it recognised (by its storage key).
    explains: ['Supabase'],
  },
};

/** The user as GoTrue describes it (`/auth/v1/user`, and in every session). */
function userRecord() {
  return {
    id: USER.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: USER.email,
    email_confirmed_at: new Date(Date.now() - 86_400_000).toISOString(),
    phone: '',
    last_sign_in_at: new Date().toISOString(),
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: new Date(Date.now() - 86_400_000).toISOString(),
    updated_at: new Date().toISOString(),
    is_anonymous: false,
  };
}

/**
 * A new GoTrue session: an access token signed by `issuer` and a refresh token, kept in
 * `refreshTokens` until it is used.
 * @param {Awaited<ReturnType<typeof createIssuer>>} issuer
 * @param {Map<string, string>} refreshTokens
 */
async function newSession(issuer, refreshTokens) {
  const expiresIn = 3600;
  const refreshToken = opaque(12);
  refreshTokens.set(refreshToken, USER.id);
  const accessToken = await issuer.sign(
    {
      sub: USER.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: USER.email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: {},
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: Math.floor(Date.now() / 1000) }],
      session_id: randomUUID(),
      is_anonymous: false,
    },
    { expiresIn },
  );
  return {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: expiresIn,
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    refresh_token: refreshToken,
    user: userRecord(),
  };
}
