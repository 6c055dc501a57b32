/**
 * The weak-secret search in a real browser worker: the extension's worker (its handler, search and
 * HMAC) bundled as a module worker with the full word list inside (bench/verify/full-list-worker.ts;
 * the extension ships the list's first 3,520 secrets), run in headless Chromium over the whole
 * list, against Node's native `crypto.createHmac` on the same candidates and token in the same
 * run. Three runs back to back per algorithm, medians.
 *
 *   node bench/verify/weak-secret-worker.bench.mjs
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchWithout } from '../lib/browser.mjs';
import { median, round } from '../lib/stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const RUNS = 3;

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
window.search = (token) => new Promise((resolve) => {
  const worker = new Worker('./weak-secret-worker.js', { type: 'module' });
  worker.onmessage = ({ data }) => { if (data.type === 'done') { worker.terminate(); resolve(data); } };
  worker.postMessage({ type: 'start', token });
});
</script>`;

async function bundleWorker(dir) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: {
        entry: join(ROOT, 'bench/verify/full-list-worker.ts'),
        formats: ['es'],
        fileName: () => 'weak-secret-worker.js',
      },
    },
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1) || 'index.html';
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
      res.writeHead(200, {
        'content-type': types[name.slice(name.lastIndexOf('.'))] ?? 'text/plain',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function token(alg) {
  const b64 = (x) => Buffer.from(x).toString('base64url');
  const head = b64(JSON.stringify({ alg, typ: 'JWT', kid: 'k1' }));
  const body = b64(
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
  const mac = createHmac(HASH[alg], 'not-in-any-list-4f1c9e7a').update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64(mac)}`;
}

function nativeMs(jwt, alg, words) {
  const start = performance.now();
  const dot = jwt.lastIndexOf('.');
  const input = Buffer.from(jwt.slice(0, dot));
  const sig = Buffer.from(jwt.slice(dot + 1), 'base64url');
  for (const word of words)
    if (createHmac(HASH[alg], word).update(input).digest().equals(sig)) break;
  return performance.now() - start;
}

/** @param {{ outDir: string, log: (s: string) => void }} ctx */
export async function benchWeakSecretWorker({ outDir, log }) {
  const dir = join(outDir, 'weak-secret-worker');
  mkdirSync(dir, { recursive: true });
  await bundleWorker(dir);
  const words = readFileSync(join(ROOT, 'lib/engine/verify/weak-secrets/jwt-secrets.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const server = await serve(dir);
  const browser = await launchWithout();
  const rows = {};
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    for (const alg of Object.keys(HASH)) {
      const jwt = token(alg);
      const worker = [];
      const native = [];
      const engines = new Set();
      for (let run = 0; run < RUNS; run++) {
        const done = await page.evaluate((t) => window.search(t), jwt);
        if (done.outcome.status !== 'not-found') throw new Error(JSON.stringify(done.outcome));
        if (done.total !== words.length) throw new Error(`worker tried ${done.total} secrets`);
        engines.add(done.engine);
        worker.push(done.elapsedMs);
        native.push(nativeMs(jwt, alg, words));
      }
      const perSec = (ms) => Math.round((words.length / ms) * 1000);
      rows[alg] = {
        candidates: words.length,
        engine: [...engines].join(','),
        workerSeconds: round(median(worker) / 1000),
        workerPerSec: perSec(median(worker)),
        nativePerSec: perSec(median(native)),
        ratioWorkerToNative: round(median(native) / median(worker)),
        runs: { worker, native: native.map(Math.round) },
      };
      log(`weak-secret-worker ${alg}: ${JSON.stringify(rows[alg])}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.env.TOKKI_BENCH_OUT ?? '/tmp/tokki-bench-out';
  const rows = await benchWeakSecretWorker({ outDir, log: (s) => console.error(s) });
  console.log(JSON.stringify(rows, null, 2));
}
