/**
 * Deterministic inputs for the engine benchmark: varied tokens and a large but realistic snapshot.
 * Seeded, so every run measures the same work.
 */
import type { CapturedRequest, Snapshot, SnapshotCookie } from '@/lib/engine/model/snapshot';

/** A small seeded PRNG (mulberry32): same seed, same tokens, comparable runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function randomChars(next: () => number, length: number, alphabet = B64URL): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

const ISSUERS = [
  'https://accounts.google.com',
  'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
  'https://example.auth0.com/',
  'https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_abc',
  'https://bench.localhost',
];

/**
 * `count` tokens in the mix a real site shows: mostly HS256/RS256/ES256 JWS with varied claims,
 * some `alg: none`, JWE, opaque session ids and broken values.
 */
export function variedTokens(count: number, now: number, seed = 8): string[] {
  const next = rng(seed);
  const nowS = Math.floor(now / 1000);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = next();
    const claims: Record<string, unknown> = {
      sub: `user-${i}`,
      iss: ISSUERS[i % ISSUERS.length],
      aud: i % 3 === 0 ? ['api', 'web'] : 'api',
      iat: nowS - Math.floor(next() * 3600),
      exp: nowS + Math.floor(next() * 7200) - 1800,
      jti: randomChars(next, 16),
    };
    if (i % 4 === 0) claims.scope = 'openid profile email offline_access';
    if (i % 5 === 0) claims.name = `토끼 사용자 ${i}`;
    if (i % 7 === 0) claims.nbf = nowS + 600;
    if (i % 11 === 0) claims.token_use = 'refresh';
    if (pick < 0.35) {
      tokens.push(jws({ alg: 'HS256', typ: 'JWT' }, claims, randomChars(next, 43)));
    } else if (pick < 0.55) {
      tokens.push(
        jws(
          { alg: 'RS256', typ: 'JWT', kid: randomChars(next, 20) },
          { ...claims, roles: ['reader', 'writer'], tid: randomChars(next, 36) },
          randomChars(next, 342),
        ),
      );
    } else if (pick < 0.65) {
      tokens.push(jws({ alg: 'ES256', kid: `k${i % 4}` }, claims, randomChars(next, 86)));
    } else if (pick < 0.7) {
      tokens.push(jws({ alg: 'none', typ: 'JWT' }, claims, ''));
    } else if (pick < 0.75) {
      const header = b64url(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: `e${i}` }));
      tokens.push(
        [header, 342, 16, 120, 22]
          .map((n, k) => (k === 0 ? n : randomChars(next, n as number)))
          .join('.'),
      );
    } else if (pick < 0.9) {
      tokens.push(i % 2 === 0 ? randomChars(next, 32, '0123456789abcdef') : randomChars(next, 48));
    } else {
      // Broken on purpose: a cut JWT, bad base64url, a payload that is not JSON.
      const good = jws({ alg: 'HS256' }, claims, randomChars(next, 43));
      const broken = [
        good.slice(0, good.lastIndexOf('.')),
        good.replace('.', '.!!'),
        `${b64url('{"alg":"HS256"}')}.${b64url('not json')}.${randomChars(next, 43)}`,
      ];
      tokens.push(broken[i % broken.length]!);
    }
  }
  return tokens;
}

function jws(header: object, payload: object, signature: string): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${signature}`;
}

/** A snapshot whose local storage holds every token of `tokens`, one entry each. */
export function snapshotWithStoredTokens(tokens: string[], now: number): Snapshot {
  return {
    site: { url: 'https://bench.localhost/app', tabId: 1 },
    takenAt: now,
    browser: 'chrome',
    cookies: [],
    requests: [],
    requestStats: { total: 0, withoutCredentials: 0, dropped: 0, since: now - 60_000 },
    storage: tokens.map((value, i) => ({
      area: i % 4 === 0 ? 'sessionStorage' : 'localStorage',
      origin: 'https://bench.localhost',
      key: i % 3 === 0 ? `access_token_${i}` : `tok.${i}`,
      value,
    })),
    indexedDB: [],
    bodies: [],
    unavailable: [],
  };
}

/**
 * The issue's "big site": 300 cookies, 2,000 captured requests and 50 distinct tokens (JWTs in
 * storage, Authorization headers and a few cookies).
 */
export function bigSiteSnapshot(now: number): Snapshot {
  const next = rng(300);
  const tokens = variedTokens(50, now, 50).map((t, i) =>
    // Every token must be a credential the engine keeps: make the broken/opaque ones JWTs too.
    t.startsWith('eyJ')
      ? t
      : jws({ alg: 'HS256' }, { sub: `u${i}`, exp: now / 1000 + 900 }, 'c2ln'),
  );
  const cookies: SnapshotCookie[] = [];
  for (let i = 0; i < 300; i++) {
    const session = i % 3 === 0;
    const name =
      i === 0 ? 'JSESSIONID' : i === 1 ? 'refresh_token' : i % 10 === 0 ? `_ga_${i}` : `pref_${i}`;
    const value = i === 1 ? tokens[1]! : i < 5 ? tokens[i]! : randomChars(next, 8 + (i % 40));
    cookies.push({
      name,
      value,
      domain: i % 2 === 0 ? 'bench.localhost' : '.bench.localhost',
      path: '/',
      hostOnly: i % 2 === 0,
      secure: i % 4 !== 0,
      httpOnly: i % 5 === 0,
      sameSite: (['lax', 'strict', 'no_restriction', 'unspecified'] as const)[i % 4]!,
      session,
      ...(session ? {} : { expirationDate: now / 1000 + 86_400 * (1 + (i % 30)) }),
      scope: i % 9 === 0 ? 'domain' : 'sent',
    });
  }
  const cookieHeader = cookies
    .filter((c) => c.scope === 'sent')
    .slice(0, 40)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const requests: CapturedRequest[] = [];
  for (let i = 0; i < 2000; i++) {
    const thirdParty = i % 10 === 0;
    const origin = thirdParty ? 'https://api.other.example' : 'https://bench.localhost';
    requests.push({
      id: String(10_000 + i),
      url: `${origin}/api/items/${i}?page=${i % 7}`,
      method: i % 6 === 0 ? 'POST' : 'GET',
      type: 'xmlhttprequest',
      initiator: 'https://bench.localhost',
      frameId: 0,
      time: now - (2000 - i) * 250,
      requestHeaders: [
        { name: 'Authorization', value: `Bearer ${tokens[i % tokens.length]}` },
        ...(thirdParty ? [] : [{ name: 'Cookie', value: cookieHeader }]),
      ],
      status: i % 50 === 0 ? 401 : 200,
      responseHeaders:
        i % 100 === 0
          ? [{ name: 'Set-Cookie', value: `pref_${i % 300}=v${i}; Path=/; Secure; SameSite=Lax` }]
          : [],
    });
  }
  return {
    site: { url: 'https://bench.localhost/app', tabId: 1 },
    takenAt: now,
    browser: 'chrome',
    cookies,
    requests,
    requestStats: { total: 2500, withoutCredentials: 500, dropped: 0, since: now - 600_000 },
    storage: tokens.slice(0, 20).map((value, i) => ({
      area: 'localStorage' as const,
      origin: 'https://bench.localhost',
      key: i === 0 ? 'access_token' : `oidc.user.${i}`,
      value,
    })),
    indexedDB: [],
    bodies: [],
    unavailable: [],
  };
}
