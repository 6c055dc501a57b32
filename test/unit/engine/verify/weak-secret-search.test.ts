import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weakSecretHandler } from '@/lib/client/weak-secret-handler';
import type { WeakSecretEvent } from '@/lib/client/weak-secret-protocol';
import { buildCandidates } from '@/lib/engine/verify/weak-secrets/candidates';
import { encodeCandidates } from '@/lib/engine/verify/weak-secrets/candidate-list';
import { hostCandidates } from '@/lib/engine/verify/weak-secrets/host-candidates';
import { searchWeakSecret } from '@/lib/engine/verify/weak-secrets/search';
import { WEAK_SECRET_LIST } from '@/lib/engine/verify/weak-secrets/word-list';

const NODE_HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;

function hsToken(alg: keyof typeof NODE_HASH, secret: string | Buffer): string {
  const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify({ sub: 'user-1', iat: 1_760_000_000 })).toString(
    'base64url',
  );
  const mac = createHmac(NODE_HASH[alg], secret).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${mac.toString('base64url')}`;
}

const words = Array.from({ length: 1000 }, (_, i) => `candidate-${i}`);
const noPause = () => Promise.resolve();

describe('searchWeakSecret', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)(
    'security: finds a %s secret at position k and stops there',
    async (alg) => {
      const token = hsToken(alg, 'candidate-737');
      const progress: number[] = [];
      const outcome = await searchWeakSecret(token, encodeCandidates(words), {
        batchSize: 100,
        pause: noPause,
        onProgress: (tried) => progress.push(tried),
      });
      expect(outcome).toEqual({ status: 'found', secret: 'candidate-737', index: 737, tried: 738 });
      expect(progress).toEqual([100, 200, 300, 400, 500, 600, 700]);
    },
  );

  it('finds non-ASCII secrets and secrets longer than a block', async () => {
    const long = 'x'.repeat(200);
    const list = encodeCandidates(['a', '비밀 키', long]);
    expect(
      await searchWeakSecret(hsToken('HS256', '비밀 키'), list, { pause: noPause }),
    ).toMatchObject({ status: 'found', secret: '비밀 키' });
    expect(await searchWeakSecret(hsToken('HS512', long), list, { pause: noPause })).toMatchObject({
      status: 'found',
      index: 2,
    });
  });

  it('finds a secret holding a line break (encoded word by word)', async () => {
    const list = encodeCandidates(['first', 'two\nlines', 'last']);
    expect(
      await searchWeakSecret(hsToken('HS256', 'two\nlines'), list, { pause: noPause }),
    ).toMatchObject({ status: 'found', index: 1 });
    expect(
      await searchWeakSecret(hsToken('HS256', 'last'), list, { pause: noPause }),
    ).toMatchObject({ status: 'found', index: 2 });
  });

  it('says not-found after trying every candidate, reporting progress to the end', async () => {
    const progress: [number, number][] = [];
    const outcome = await searchWeakSecret(
      hsToken('HS256', 'a strong random secret'),
      encodeCandidates(words),
      {
        batchSize: 400,
        pause: noPause,
        onProgress: (tried, total) => progress.push([tried, total]),
      },
    );
    expect(outcome).toEqual({ status: 'not-found', tried: 1000 });
    expect(progress).toEqual([
      [400, 1000],
      [800, 1000],
      [1000, 1000],
    ]);
  });

  it('stops at the next slice once cancelled', async () => {
    const controller = new AbortController();
    const outcome = await searchWeakSecret(hsToken('HS256', 'nope'), encodeCandidates(words), {
      batchSize: 100,
      signal: controller.signal,
      pause: noPause,
      onProgress: (tried) => {
        if (tried === 300) controller.abort();
      },
    });
    expect(outcome).toEqual({ status: 'cancelled', tried: 300 });
  });

  it.each([
    ['an RS256 token', 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', { code: 'ERR_NOT_HMAC', alg: 'RS256' }],
    ['garbage', 'not a token', { code: 'ERR_NOT_JWS' }],
    [
      'a cut signature',
      'eyJhbGciOiJIUzI1NiJ9.e30.c2ln',
      { code: 'ERR_SIGNATURE_LENGTH', alg: 'HS256' },
    ],
  ])('refuses %s', async (_name, token, expected) => {
    expect(await searchWeakSecret(token, encodeCandidates(words))).toEqual({
      status: 'error',
      ...expected,
    });
  });
});

describe('the shipped word list', () => {
  it('holds the well-known tutorial and default secrets, each once', () => {
    expect(WEAK_SECRET_LIST.length).toBeGreaterThan(100_000);
    expect(new Set(WEAK_SECRET_LIST).size).toBe(WEAK_SECRET_LIST.length);
    for (const secret of ['secret', 'your-256-bit-secret', 'changeme', 'supersecret']) {
      expect(WEAK_SECRET_LIST).toContain(secret);
    }
    expect(WEAK_SECRET_LIST.some((word) => word.includes('\r'))).toBe(false);
  });
});

describe('hostCandidates', () => {
  it("derives secrets from the site's name, not its suffix or www", () => {
    const words = hostCandidates('https://www.acme-shop.co.kr/login', 'acme-shop.co.kr');
    expect(words).toEqual(
      expect.arrayContaining([
        'acme-shop',
        'acmeshop-secret',
        'AcmeshopJwtSecret',
        'ACME-SHOP_jwt_secret',
        'acme',
        'shop-secret',
        'www.acme-shop.co.kr',
      ]),
    );
    expect(words).not.toContain('kr');
    expect(words).not.toContain('co-secret');
    expect(words).not.toContain('www');
  });

  it('guesses a country-code suffix without the registrable domain', () => {
    expect(hostCandidates('https://shop.example.co.uk/')).toEqual(
      expect.arrayContaining(['example-secret', 'shop-secret']),
    );
    expect(hostCandidates('https://shop.example.co.uk/')).not.toContain('co');
  });

  it('gives nothing but the host for an IP address or localhost, and nothing for a bad URL', () => {
    expect(hostCandidates('http://127.0.0.1:3000/')).toEqual(['127.0.0.1']);
    expect(hostCandidates('http://localhost:8080/')).toEqual(['localhost']);
    expect(hostCandidates('not a url')).toEqual([]);
  });

  it('comes before the shipped list, without repeats', () => {
    const list = buildCandidates(['secret', 'acme-secret'], { url: 'https://acme.com/' });
    expect(list.words[0]).toBe('acme');
    expect(list.words.filter((w) => w === 'acme-secret')).toHaveLength(1);
    expect(list.words.at(-1)).toBe('secret');
  });
});

describe('without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('an HS512 search refused WebAssembly by the page (CSP) runs in JS and still finds the secret', async () => {
    vi.resetModules();
    // What Chrome throws where the CSP lacks 'wasm-unsafe-eval'.
    const { CompileError, Instance } = WebAssembly;
    class Refused {
      constructor() {
        throw new CompileError("Refused to compile: 'wasm-unsafe-eval' is not allowed");
      }
    }
    vi.stubGlobal('WebAssembly', { CompileError, Instance, Module: Refused });
    const { searchWeakSecret: search } = await import('@/lib/engine/verify/weak-secrets/search');
    let engine = '';
    const outcome = await search(hsToken('HS512', 'candidate-42'), encodeCandidates(words), {
      pause: noPause,
      onStart: (used) => (engine = used),
    });
    expect(engine).toBe('js');
    expect(outcome).toEqual({ status: 'found', secret: 'candidate-42', index: 42, tried: 43 });
  });
});

describe('weakSecretHandler (the worker, without the worker)', () => {
  it('posts progress and then the found secret', async () => {
    const events: WeakSecretEvent[] = [];
    const handle = weakSecretHandler(
      words,
      (e) => events.push(e),
      () => 0,
    );
    await handle({ type: 'start', token: hsToken('HS256', 'candidate-999') });
    expect(events.at(-1)).toEqual({
      type: 'done',
      outcome: { status: 'found', secret: 'candidate-999', index: 999, tried: 1000 },
      total: 1000,
      elapsedMs: 0,
      engine: 'js',
    });
  });

  it('says that HS384 and HS512 searches ran in WebAssembly', async () => {
    for (const alg of ['HS384', 'HS512'] as const) {
      const events: WeakSecretEvent[] = [];
      await weakSecretHandler(words, (e) => events.push(e))({
        type: 'start',
        token: hsToken(alg, 'candidate-5'),
      });
      expect(events.at(-1)).toMatchObject({ type: 'done', engine: 'wasm', outcome: { index: 5 } });
    }
  });

  it('finds a secret made of the site name before the list', async () => {
    const events: WeakSecretEvent[] = [];
    const handle = weakSecretHandler(words, (e) => events.push(e));
    await handle({
      type: 'start',
      token: hsToken('HS256', 'acme-jwt-secret'),
      site: { url: 'https://app.acme.io/', registrableDomain: 'acme.io' },
    });
    const done = events.at(-1);
    expect(done?.type === 'done' && done.outcome).toMatchObject({
      status: 'found',
      secret: 'acme-jwt-secret',
    });
  });

  it('a cancel message ends the running search as cancelled', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `w${i}`);
    const events: WeakSecretEvent[] = [];
    const handle = weakSecretHandler(many, (e) => events.push(e));
    const running = handle({ type: 'start', token: hsToken('HS256', 'not there') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await handle({ type: 'cancel' });
    await running;
    const done = events.at(-1);
    expect(done?.type === 'done' && done.outcome.status).toBe('cancelled');
    expect(events.filter((e) => e.type === 'done')).toHaveLength(1);
  });
});
