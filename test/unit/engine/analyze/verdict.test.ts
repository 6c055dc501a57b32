import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { TokenDraft } from '@/lib/engine/analyze/types';
import { decideVerdict, type VerdictInput } from '@/lib/engine/analyze/verdict';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import type { CookieReport, FrameworkValue, TokenReport, Verdict } from '@/lib/engine/model/report';
import type { CapturedRequest } from '@/lib/engine/model/snapshot';
import { bearer, cookie, goodClaims, jwt, NOW, SEC, SITE, request, snap, stored } from './helpers';
import { bearerReport, labReport } from '@/test/fixtures/engine-reports';

const SID = 'Zx8f2Qp9LmN4vR7tY1wK3eH6uJ0aS5dF';
const verdictOf = (...args: Parameters<typeof snap>) => analyze(snap(...args), NOW).verdict;

describe('verdict', () => {
  it('session: an opaque session cookie the site receives', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'PHPSESSID', value: SID })],
      requests: [
        request({
          url: `${SITE}/`,
          requestHeaders: [{ name: 'Cookie', value: `PHPSESSID=${SID}; _ga=GA1.1.1.1` }],
        }),
      ],
    });
    expect(v.kind).toBe('session');
    expect(v.evidence.map((e) => e.message.key)).toContain('verdict.evidence.known-session-cookie');
    expect(v.evidence.map((e) => e.message.key)).toContain('verdict.evidence.cookie-sent');
  });

  it('names the auth stack it recognised first, in both languages', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'PHPSESSID', value: SID })],
      storage: [
        stored(
          'CognitoIdentityServiceProvider.abc.alice.idToken',
          jwt(goodClaims({ iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12' })),
        ),
      ],
    });
    expect(v.evidence[0]?.message.key).toBe('verdict.evidence.stacks');
    const stacks = String(v.evidence[0]?.message.params?.stacks);
    expect(stacks).toMatch(/PHP/);
    expect(stacks).toMatch(/Cognito/);
    expect(translate(v.evidence[0]!.message, 'ko')).toContain(stacks);
    expect(translate(v.evidence[0]!.message, 'en')).toContain(stacks);
    // Amazon Cognito's SDK row and its issuer name one stack: said once.
    expect(stacks.match(/Cognito/g)).toHaveLength(1);
    // Nothing recognised, nothing named; no login, no stack.
    expect(
      evidenceKeys(verdictOf({ cookies: [cookie({ name: 'sid_x', value: SID })] })),
    ).not.toContain('verdict.evidence.stacks');
    expect(
      evidenceKeys(verdictOf({ cookies: [cookie({ name: '_ga', value: 'GA1.2.3.4' })] })),
    ).not.toContain('verdict.evidence.stacks');
  });

  it('is more confident when the cookie was seen in use', () => {
    const stored = verdictOf({ cookies: [cookie({ name: 'sid_x', value: SID })] });
    const used = verdictOf({
      cookies: [cookie({ name: 'sid_x', value: SID })],
      requests: [
        request({ url: `${SITE}/`, requestHeaders: [{ name: 'Cookie', value: `sid_x=${SID}` }] }),
      ],
    });
    expect(used.confidence).toBeGreaterThan(stored.confidence);
  });

  it('token: a JWT the page keeps in storage, even before it is sent', () => {
    expect(verdictOf({ storage: [stored('access_token', jwt(goodClaims()))] }).kind).toBe('token');
  });

  it('token-in-cookie: a JWT carried by a cookie', () => {
    expect(verdictOf({ cookies: [cookie({ name: 'auth', value: jwt(goodClaims()) })] }).kind).toBe(
      'token-in-cookie',
    );
  });

  it('hybrid: a session cookie and a bearer token', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'sessionid', value: SID })],
      requests: [bearer('https://api.example.com/v1/me', jwt(goodClaims()))],
    });
    expect(v.kind).toBe('hybrid');
  });

  it('none: CSRF and refresh-less noise do not make a login', () => {
    const v = verdictOf({
      cookies: [
        cookie({ name: 'csrftoken', value: SID, httpOnly: false }),
        cookie({ name: '_ga', value: 'GA1.2.3.4', httpOnly: false }),
        cookie({ name: '__cf_bm', value: `${SID}${SID}` }),
      ],
    });
    expect(v.kind).toBe('none');
  });

  it('security: third-party bearer tokens and partitioned cookies never make the site look logged in', () => {
    const v = verdictOf({
      cookies: [
        cookie({
          name: 'sessionid',
          value: SID,
          domain: '.widget.example.net',
          hostOnly: false,
          scope: 'partitioned',
          partitionKey: { topLevelSite: SITE },
        }),
      ],
      requests: [
        bearer('https://api.segment.io/v1/t', jwt(goodClaims())),
        request({ url: `https://tracker.example.net/p?access_token=${SID}` }),
      ],
    });
    expect(v.kind).toBe('none');
  });

  it('is less sure of "none" when the page could not be read', () => {
    const sure = analyze(snap(), NOW).verdict;
    const blind = analyze(
      snap({ unavailable: [{ what: 'cookies', reason: 'no-host-permission' }] }),
      NOW,
    ).verdict;
    expect(blind.kind).toBe('none');
    expect(blind.confidence).toBeLessThan(sure.confidence);
  });
});

describe('refresh flow', () => {
  const iss = 'https://id.example.com';
  const older = jwt(goodClaims({ iss, iat: SEC - 900, exp: SEC - 300 }), {
    alg: 'ES256',
    typ: 'at+jwt',
  });
  const newer = jwt(goodClaims({ iss, iat: SEC - 200, exp: SEC + 400 }), {
    alg: 'ES256',
    typ: 'at+jwt',
  });

  it('links a refresh token, the refresh request and the access token it replaced', () => {
    const refresh = request({
      url: `${SITE}/auth/token`,
      method: 'POST',
      formFields: { grant_type: ['refresh_token'] },
    });
    const report = analyze(
      snap({
        cookies: [
          cookie({
            name: 'refresh_token',
            value: SID,
            session: false,
            expirationDate: SEC + 86400,
          }),
        ],
        requests: [
          bearer(`${SITE}/api`, older, { time: NOW - 800_000 }),
          refresh,
          bearer(`${SITE}/api`, newer),
        ],
      }),
      NOW,
    );
    const flow = report.verdict.flow;
    const olderId = report.tokens.find((t) => t.value === older)?.id;
    const newerId = report.tokens.find((t) => t.value === newer)?.id;
    expect(flow?.refreshTokenId).toBe(report.tokens.find((t) => t.kind === 'refresh')?.id);
    expect(flow?.refreshRequestIds).toEqual([refresh.id]);
    expect(flow?.replacements).toEqual([{ fromTokenId: olderId, toTokenId: newerId }]);
    expect(report.verdict.kind).toBe('token');
    // The bearer use is what makes it a token login; the refresh token only supports it.
    const keys = report.verdict.evidence.map((e) => e.message.key);
    expect(keys.indexOf('verdict.evidence.bearer-header')).toBeLessThan(
      keys.indexOf('verdict.evidence.refresh-token'),
    );
  });

  it('does not take another grant or a third party’s /token for a refresh', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/oauth/token`,
            method: 'POST',
            formFields: { grant_type: ['authorization_code'] },
          }),
          request({ url: 'https://other.example.net/token', method: 'POST' }),
        ],
      }),
      NOW,
    );
    expect(report.verdict.flow).toBeUndefined();
  });

  it('does not call tokens of different users a replacement', () => {
    const bob = jwt(goodClaims({ iss, sub: 'bob', iat: SEC - 100 }), {
      alg: 'ES256',
      typ: 'at+jwt',
    });
    const report = analyze(
      snap({ requests: [bearer(`${SITE}/api`, older), bearer(`${SITE}/api`, bob)] }),
      NOW,
    );
    expect(report.verdict.flow?.replacements ?? []).toEqual([]);
  });
});

describe('requests', () => {
  it('marks third-party requests by registrable domain and lists the tokens each carried', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          bearer('https://api.example.com/me', token),
          request({ url: 'https://cdn.example.net/a.js' }),
        ],
      }),
      NOW,
    );
    expect(report.requests.map((r) => r.thirdParty)).toEqual([false, true]);
    expect(report.requests[0]?.tokenIds).toEqual([report.tokens[0]?.id]);
    expect(report.requests[0]?.scheme).toBe('Bearer');
    expect(report.counts.requests.withCredentials).toBe(1);
  });

  it('lists the cookies a response set', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/login`,
            responseHeaders: [
              { name: 'set-cookie', value: 'sessionid=abc; HttpOnly\nlang=ko; Path=/' },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.requests[0]?.setCookies).toEqual(['sessionid', 'lang']);
  });

  it('decodes Basic credentials without losing the user', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/x`,
            requestHeaders: [{ name: 'Authorization', value: `Basic ${btoa('alice:s3cret')}` }],
          }),
        ],
      }),
      NOW,
    );
    expect(report.tokens[0]).toMatchObject({
      format: 'basic',
      basic: { user: 'alice', password: 's3cret' },
    });
  });
});

/** Every sentence of a verdict: it must exist in both languages with every placeholder filled. */
function expectExplained(v: Verdict) {
  for (const msg of [v.summary, ...v.evidence.map((e) => e.message)]) {
    const entry = catalogue[msg.key];
    expect(entry, msg.key).toBeDefined();
    for (const text of [entry?.ko ?? '', entry?.en ?? '']) {
      expect(text, msg.key).not.toBe('');
      for (const [, name] of text.matchAll(/\{(\w+)[}|]/g)) {
        expect(msg.params ?? {}, `${msg.key} needs {${name}}`).toHaveProperty(name!);
      }
    }
  }
}

const evidenceKeys = (v: Verdict) => v.evidence.map((e) => e.message.key);
const evidenceOf = (v: Verdict, key: string) =>
  v.evidence.find((e) => e.message.key === `verdict.evidence.${key}`);
const withHeader = (url: string, name: string, value: string) =>
  request({ url, requestHeaders: [{ name, value }] });

describe('verdict: HTTP authentication', () => {
  const basic = `Basic ${btoa('alice:s3cret-pw')}`;

  it('http-auth: Basic credentials the browser sends, naming the user and never the password', () => {
    const v = verdictOf({
      requests: [
        withHeader(`${SITE}/`, 'Authorization', basic),
        withHeader(`${SITE}/style.css`, 'Authorization', basic),
      ],
    });
    expect(v.kind).toBe('http-auth');
    expect(v.summary.key).toBe('verdict.summary.http-auth');
    expect(evidenceOf(v, 'http-basic')?.message.params).toEqual({ user: 'alice', count: 2 });
    expect(JSON.stringify(v)).not.toContain('s3cret-pw');
    expect(v.confidence).toBeGreaterThanOrEqual(0.8);
    expectExplained(v);
  });

  it('http-auth: Digest names the user from its challenge response', () => {
    const digest =
      'Digest username="bob", realm="staff", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/", response="6629fae49393a05397450978507c4ef1", qop=auth, nc=00000001, cnonce="0a4f113b"';
    const v = verdictOf({ requests: [withHeader(`${SITE}/`, 'Authorization', digest)] });
    expect(v.kind).toBe('http-auth');
    expect(evidenceOf(v, 'http-digest')?.message.params).toEqual({ user: 'bob', count: 1 });
    expectExplained(v);
  });

  it.each([
    ['NTLM', 'NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw=='],
    [
      'Negotiate',
      'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==',
    ],
  ])('http-auth: %s names the scheme the browser answered', (scheme, value) => {
    const v = verdictOf({ requests: [withHeader(`${SITE}/`, 'Authorization', value)] });
    expect(v.kind).toBe('http-auth');
    expect(evidenceOf(v, 'http-negotiate')?.message.params).toEqual({ scheme, count: 1 });
    expectExplained(v);
  });

  it('risk matrix: the header row says the browser keeps and sends HTTP credentials', () => {
    const row = (requests: CapturedRequest[]) =>
      analyze(snap({ requests }), NOW).locations.find((l) => l.location === 'header');
    expect(row([withHeader(`${SITE}/`, 'Authorization', basic)])).toEqual({
      location: 'header',
      readableByScripts: false,
      sentAutomatically: true,
      survivesBrowserClose: 'no',
      count: 1,
    });
    // A token the page sends itself lives in page memory: the row keeps saying so.
    expect(
      row([
        withHeader(`${SITE}/`, 'Authorization', basic),
        bearer(`${SITE}/api`, jwt(goodClaims())),
      ]),
    ).toMatchObject({ readableByScripts: true, sentAutomatically: false, count: 2 });
  });

  it('a proxy’s or another site’s Basic credentials are not the site’s login', () => {
    const v = verdictOf({
      requests: [
        withHeader(`${SITE}/`, 'Proxy-Authorization', basic),
        withHeader('https://api.other.example.net/v1', 'Authorization', basic),
      ],
    });
    expect(v.kind).toBe('none');
  });

  it('a site that logs in with a session behind HTTP Basic is a session site; the gate is evidence', () => {
    const v = verdictOf({
      cookies: [cookie({ name: 'sessionid', value: SID })],
      requests: [
        request({
          url: `${SITE}/`,
          requestHeaders: [
            { name: 'Authorization', value: basic },
            { name: 'Cookie', value: `sessionid=${SID}` },
          ],
        }),
      ],
    });
    expect(v.kind).toBe('session');
    expect(evidenceKeys(v)).toContain('verdict.evidence.http-basic');
  });
});

/** What Chrome lets an extension see of HTTP authentication: the challenge, then a 200. */
describe('verdict: HTTP authentication seen only by its challenge (Chrome)', () => {
  const challenged = (o: Partial<CapturedRequest> = {}, value = 'Basic realm="staff"') =>
    request({
      url: `${SITE}/`,
      type: 'main_frame',
      status: 200,
      responseHeaders: [{ name: 'WWW-Authenticate', value }],
      ...o,
    });

  it('http-auth: the site challenged, the browser answered, and Tokki says it cannot see more', () => {
    const v = verdictOf({ requests: [challenged()] });
    expect(v.kind).toBe('http-auth');
    expect(evidenceOf(v, 'http-challenge')?.message.params).toEqual({
      scheme: 'Basic',
      realm: 'staff',
      count: 1,
    });
    expect(evidenceKeys(v)).toContain('verdict.evidence.http-credentials-hidden');
    expectExplained(v);
  });

  it('http-auth: the user given in the address is named', () => {
    const v = verdictOf({
      requests: [challenged({ url: 'https://alice@app.example.com/' })],
    });
    expect(evidenceOf(v, 'http-challenge-user')?.message.params).toMatchObject({ user: 'alice' });
    expectExplained(v);
  });

  it.each([
    ['Negotiate, NTLM', 'Negotiate'],
    ['Digest realm="api", nonce="abc", qop="auth"', 'Digest'],
    ['Bearer realm="api", Basic realm="api"', 'Basic'],
  ])('reads the challenge %s as %s', (value, scheme) => {
    const v = verdictOf({ requests: [challenged({}, value)] });
    expect(v.kind).toBe('http-auth');
    expect(v.evidence[0]?.message.params).toMatchObject({ scheme });
  });

  it('a Bearer 401, a challenge left unanswered or another site’s are no HTTP login', () => {
    expect(
      verdictOf({ requests: [challenged({ status: 401 }, 'Bearer error="invalid_token"')] }).kind,
    ).toBe('none');
    const refused = verdictOf({ requests: [challenged({ status: 401 })] });
    expect(refused.kind).toBe('none');
    expect(evidenceOf(refused, 'http-challenge-unanswered')?.message.params).toEqual({
      scheme: 'Basic',
      realm: 'staff',
      count: 1,
    });
    expectExplained(refused);
    expect(
      verdictOf({ requests: [challenged({ url: 'https://sso.other.example.net/' })] }).kind,
    ).toBe('none');
  });

  it('where the browser shows its header too (Firefox), nothing is said to be hidden', () => {
    const v = verdictOf({
      requests: [
        challenged({
          requestHeaders: [{ name: 'Authorization', value: `Basic ${btoa('alice:pw')}` }],
        }),
      ],
    });
    expect(v.kind).toBe('http-auth');
    expect(evidenceKeys(v)).not.toContain('verdict.evidence.http-credentials-hidden');
    expect(evidenceKeys(v)).toContain('verdict.evidence.http-basic');
  });

  it('risk matrix: the header row is the browser’s even with no header seen', () => {
    const row = analyze(snap({ requests: [challenged()] }), NOW).locations.find(
      (l) => l.location === 'header',
    );
    expect(row).toMatchObject({ readableByScripts: false, sentAutomatically: true, count: 0 });
  });
});

describe('verdict: token schemes other than Bearer', () => {
  const drf = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';

  it('token: Django REST framework’s `Authorization: Token …`, the scheme named', () => {
    const v = verdictOf({
      requests: [withHeader(`${SITE}/api/me`, 'Authorization', `Token ${drf}`)],
    });
    expect(v.kind).toBe('token');
    expect(evidenceOf(v, 'token-scheme-header')?.message.params).toEqual({
      header: 'Authorization',
      scheme: 'Token',
      count: 1,
    });
    expectExplained(v);
  });

  it('token: a bare JWT in Authorization, with no scheme', () => {
    const v = verdictOf({
      requests: [withHeader(`${SITE}/api/me`, 'Authorization', jwt(goodClaims()))],
    });
    expect(v.kind).toBe('token');
    expect(evidenceOf(v, 'raw-jwt-header')?.message.params).toEqual({
      header: 'Authorization',
      count: 1,
    });
    expectExplained(v);
  });

  it.each([
    'X-Auth-Token',
    'X-Access-Token',
    'X-API-Key',
    'X-Parse-Session-Token',
    'Private-Token',
  ])('token: a token in %s, the header named', (header) => {
    const v = verdictOf({ requests: [withHeader(`${SITE}/api/me`, header, drf)] });
    expect(v.kind).toBe('token');
    expect(evidenceOf(v, 'custom-token-header')?.message.params).toEqual({ header, count: 1 });
    expectExplained(v);
  });

  it('Bearer keeps its own sentence', () => {
    const v = verdictOf({ requests: [bearer(`${SITE}/api/me`, drf)] });
    expect(v.kind).toBe('token');
    // Seen only in the header, the token is also explained as held in script memory.
    expect(evidenceKeys(v)).toEqual([
      'verdict.evidence.bearer-header',
      'verdict.evidence.token-in-memory',
    ]);
  });

  it('an anti-CSRF header is not a token login', () => {
    const v = verdictOf({ requests: [withHeader(`${SITE}/api/me`, 'X-CSRF-Token', drf)] });
    expect(v.kind).toBe('none');
  });
});

/**
 * A session kept in the cookie itself. The engine's knowledge fills `TokenReport.framework`; these
 * tests build the verdict's input with it set, as the analysis hands it over.
 */
describe('verdict: the session in the cookie itself', () => {
  let n = 0;
  function cookieCredential(
    name: string,
    token: Partial<TokenReport>,
    { sent = 1, knownAs }: { sent?: number; knownAs?: string } = {},
  ): { cookie: VerdictInput['cookies'][number]; token: VerdictInput['tokens'][number] } {
    n += 1;
    const artifactId = `cookie:${name}`;
    const report: TokenReport = {
      id: `tok-${n}`,
      value: `value-${n}`,
      format: 'opaque',
      kind: 'session-id',
      kindReasons: [],
      artifactIds: [artifactId],
      sentIn: [],
      claims: [],
      expiry: { state: 'session' },
      findingIds: [],
      ...token,
    };
    const draft = {
      id: report.id,
      value: report.value,
      sightings: [
        { artifactId, location: 'cookie-httponly', name, firstParty: true },
      ] as TokenDraft['sightings'],
      sentIn: [],
      lastRequest: -1,
      firstPartySent: sent,
      report,
    } as unknown as TokenDraft;
    const cookieReport = {
      artifactId,
      name,
      value: report.value,
      credential: { is: true, reasons: [], ...(knownAs ? { knownAs } : {}) },
      tokenId: report.id,
    } as unknown as CookieReport;
    return { cookie: { report: cookieReport, firstParty: true }, token: { report, draft } };
  }
  function decide(...parts: ReturnType<typeof cookieCredential>[]): Verdict {
    return decideVerdict({
      cookies: parts.map((p) => p.cookie),
      tokens: parts.map((p) => p.token),
      tokenById: new Map(parts.map((p) => [p.token.report.id, p.token.draft])),
      artifactById: new Map(),
      blind: false,
    });
  }
  const flask: FrameworkValue = {
    format: 'itsdangerous',
    framework: 'Flask',
    holds: 'session-data',
    protection: 'signed',
    data: { user: 'alice' },
  };
  const iron: FrameworkValue = {
    format: 'iron-session',
    framework: 'iron-session',
    holds: 'session-data',
    protection: 'encrypted',
  };

  it('session: a signed client-side session says the cookie is the session and the server keeps none', () => {
    const v = decide(cookieCredential('session', { framework: flask }));
    expect(v.kind).toBe('session');
    expect(v.summary).toEqual({
      key: 'verdict.summary.session-data-signed',
      params: { framework: 'Flask' },
    });
    expect(evidenceOf(v, 'session-data-signed')?.message.params).toEqual({
      name: 'session',
      framework: 'Flask',
    });
    expect(evidenceKeys(v)).not.toContain('verdict.evidence.session-cookie');
    expectExplained(v);
    expect(translate(v.summary, 'en')).toMatch(
      /Flask.*no session state.*The cookie is the session/,
    );
    expect(translate(v.summary, 'ko')).toContain('쿠키가 곧 세션');
  });

  it('session: an encrypted client-side session says it is unreadable without the server’s secret', () => {
    // A Flask-style value the lenient decoder may take for a JWS is still the framework's session.
    const v = decide(cookieCredential('app_session', { framework: iron, format: 'jws' }));
    expect(v.kind).toBe('session');
    expect(v.summary.key).toBe('verdict.summary.session-data-encrypted');
    expect(evidenceOf(v, 'session-data-encrypted')).toBeDefined();
    expect(translate(v.summary, 'en')).toContain("unreadable without the server's secret key");
    expectExplained(v);
  });

  it('a signature cookie is no evidence by itself', () => {
    const sig: FrameworkValue = { ...flask, framework: 'cookie-session', holds: 'signature' };
    expect(decide(cookieCredential('session.sig', { framework: sig })).kind).toBe('none');
    const v = decide(
      cookieCredential('session', { framework: { ...flask, framework: 'cookie-session' } }),
      cookieCredential('session.sig', { framework: sig }),
    );
    expect(v.kind).toBe('session');
    expect(JSON.stringify(v.evidence)).not.toContain('session.sig');
  });

  it('a session id cookie next to a client-side one keeps the server-side summary', () => {
    const v = decide(
      cookieCredential('session', { framework: flask }),
      cookieCredential('PHPSESSID', {}, { knownAs: 'PHP' }),
    );
    expect(v.kind).toBe('session');
    expect(v.summary.key).toBe('verdict.summary.session');
    expect(evidenceKeys(v)).toContain('verdict.evidence.session-data-signed');
  });

  it('token-in-cookie: an Auth.js JWE session cookie, explained as the session in the cookie', () => {
    const authjs: FrameworkValue = { ...iron, format: 'authjs-jwe', framework: 'Auth.js' };
    const v = decide(
      cookieCredential('authjs.session-token', {
        format: 'jwe',
        kind: 'unknown',
        framework: authjs,
      }),
    );
    expect(v.kind).toBe('token-in-cookie');
    expect(v.summary).toEqual({
      key: 'verdict.summary.token-in-cookie-session-data',
      params: { framework: 'Auth.js' },
    });
    expect(evidenceOf(v, 'session-data-jwe-cookie')?.message.params).toEqual({
      name: 'authjs.session-token',
      framework: 'Auth.js',
    });
    expectExplained(v);
  });

  it('a plain JWT cookie keeps the plain token-in-cookie summary', () => {
    const v = decide(cookieCredential('auth', { format: 'jws', kind: 'access' }));
    expect(v.kind).toBe('token-in-cookie');
    expect(v.summary.key).toBe('verdict.summary.token-in-cookie');
  });
});

describe('verdict: a token only in memory', () => {
  it('explains a token sent in a header and kept in no store as held in script memory', () => {
    const v = verdictOf({ requests: [bearer(`${SITE}/api/me`, jwt(goodClaims()))] });
    expect(evidenceOf(v, 'token-in-memory')?.message.params).toEqual({ header: 'Authorization' });
    expect(translate(evidenceOf(v, 'token-in-memory')!.message, 'en')).toMatch(
      /holds it in memory.*reload.*silent refresh or a new login/,
    );
  });

  it('says nothing of memory when the page also keeps the token in storage', () => {
    const token = jwt(goodClaims());
    const v = verdictOf({
      requests: [bearer(`${SITE}/api/me`, token)],
      storage: [stored('access_token', token)],
    });
    expect(evidenceOf(v, 'token-in-memory')).toBeUndefined();
  });

  it('says it once per login when a silent refresh replaced the token (Auth0 SPA in memory)', () => {
    const report = labReport('auth0-memory');
    const memory = report.verdict.evidence.filter(
      (e) => e.message.key === 'verdict.evidence.token-in-memory',
    );
    expect(memory).toHaveLength(1);
    expect(report.tokens.find((t) => t.id === memory[0]!.tokenId)?.kind).toBe('access');
  });

  it('does not call a replaced token memory-only when its successor is stored (demo bearer)', () => {
    expect(
      bearerReport.verdict.evidence.some(
        (e) => e.message.key === 'verdict.evidence.token-in-memory',
      ),
    ).toBe(false);
  });
});
