/**
 * Weak-secret search speed: Tokki's pure-JS HMAC-SHA-2 over the shipped word list, against Node's
 * native `crypto.createHmac` and WebCrypto `subtle.sign` on the same candidates and token, in the
 * same process. Prints one JSON line; bench/verify/weak-secret.bench.mjs bundles and runs it.
 */
import { createHmac, webcrypto } from 'node:crypto';
import { encodeCandidates } from '@/lib/engine/verify/weak-secrets/candidate-list';
import type { HmacAlg } from '@/lib/engine/verify/weak-secrets/hmac-sha2';
import { hmacTarget, searchBatch } from '@/lib/engine/verify/weak-secrets/search';
import { wasmBatchSearch } from '@/lib/engine/verify/weak-secrets/wasm-search';
import { WEAK_SECRET_LIST } from '@/lib/engine/verify/weak-secrets/word-list';

const NODE_HASH: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const WEB_HASH: Record<HmacAlg, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

function b64url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A typical access token (~330 characters) signed with a secret that is not in the list. */
function token(alg: HmacAlg): string {
  const header = b64url(JSON.stringify({ alg, typ: 'JWT', kid: 'k1' }));
  const payload = b64url(
    JSON.stringify({
      iss: 'https://auth.example.com/',
      sub: 'user-1234567890',
      aud: 'https://api.example.com',
      iat: 1_760_000_000,
      exp: 1_760_003_600,
      scope: 'openid profile email read:orders',
      name: 'Kim Minji',
    }),
  );
  const mac = createHmac(NODE_HASH[alg], 'not-in-any-list-4f1c9e7a').update(`${header}.${payload}`);
  return `${header}.${payload}.${b64url(mac.digest())}`;
}

function timeJs(jwt: string, words: readonly string[]): number {
  const start = performance.now();
  const prepared = hmacTarget(jwt);
  if (!prepared.ok) throw new Error(prepared.code);
  const list = encodeCandidates(words);
  if (searchBatch(prepared.target, list, 0, words.length) !== -1) throw new Error('found');
  return performance.now() - start;
}

/** The same search through sha512.wat (HS384/HS512), as the extension's worker runs it. */
function timeWasm(jwt: string, words: readonly string[]): number | null {
  const start = performance.now();
  const prepared = hmacTarget(jwt);
  if (!prepared.ok) throw new Error(prepared.code);
  const search = wasmBatchSearch(prepared.target, encodeCandidates(words));
  if (!search) return null;
  if (search(0, words.length) !== -1) throw new Error('found');
  return performance.now() - start;
}

function timeNative(jwt: string, alg: HmacAlg, words: readonly string[]): number {
  const start = performance.now();
  const dot = jwt.lastIndexOf('.');
  const input = Buffer.from(jwt.slice(0, dot));
  const sig = Buffer.from(jwt.slice(dot + 1), 'base64url');
  for (const word of words) {
    if (createHmac(NODE_HASH[alg], word).update(input).digest().equals(sig))
      throw new Error('found');
  }
  return performance.now() - start;
}

async function timeWebCrypto(jwt: string, alg: HmacAlg, words: readonly string[]): Promise<number> {
  const start = performance.now();
  const dot = jwt.lastIndexOf('.');
  const input = new TextEncoder().encode(jwt.slice(0, dot));
  const encoder = new TextEncoder();
  const params = { name: 'HMAC', hash: WEB_HASH[alg] };
  for (let i = 0; i < words.length; i += 256) {
    await Promise.all(
      words.slice(i, i + 256).map(async (word) => {
        const key = await webcrypto.subtle.importKey('raw', encoder.encode(word), params, false, [
          'sign',
        ]);
        return webcrypto.subtle.sign('HMAC', key, input);
      }),
    );
  }
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const words = WEAK_SECRET_LIST;
  // WebCrypto's per-call cost is far higher: a slice keeps its runs short.
  const webWords = words.slice(0, 20_000);
  const rows: Record<string, unknown> = {};
  // WEAK_SECRET_ALGS=HS512 measures one algorithm (while tuning it).
  const algs = (process.env.WEAK_SECRET_ALGS ?? 'HS256,HS384,HS512').split(',') as HmacAlg[];
  for (const alg of algs) {
    const jwt = token(alg);
    timeJs(jwt, words.slice(0, 5000));
    timeNative(jwt, alg, words.slice(0, 5000));
    const js: number[] = [];
    const native: number[] = [];
    const web: number[] = [];
    const wasm: number[] = [];
    // Back to back, three times: the machine is shared, so medians of alternating runs.
    for (let run = 0; run < 3; run++) {
      js.push(timeJs(jwt, words));
      native.push(timeNative(jwt, alg, words));
      web.push(await timeWebCrypto(jwt, alg, webWords));
      const wasmMs = timeWasm(jwt, words);
      if (wasmMs !== null) wasm.push(wasmMs);
    }
    const perSec = (ms: number, n: number) => Math.round((n / ms) * 1000);
    rows[alg] = {
      candidates: words.length,
      jsMs: Math.round(median(js)),
      nativeMs: Math.round(median(native)),
      jsPerSec: perSec(median(js), words.length),
      nativePerSec: perSec(median(native), words.length),
      webCryptoPerSec: perSec(median(web), webWords.length),
      ...(wasm.length ? { wasmPerSec: perSec(median(wasm), words.length) } : {}),
      ratioJsToNative: Number((median(native) / median(js)).toFixed(2)),
      runs: {
        js: js.map(Math.round),
        native: native.map(Math.round),
        web: web.map(Math.round),
        wasm: wasm.map(Math.round),
      },
    };
  }
  console.log(JSON.stringify({ tokenLength: token('HS256').length, rows }));
}

await main();
