/**
 * Weak-secret search: candidates per second of Tokki's pure-JS HMAC over the shipped word list, as
 * a ratio to Node's native `crypto.createHmac` on the same candidates and token (goal
 * ≥ 0.5×), plus WebCrypto's rate for comparison. Bundled with vite like bench/engine.mjs (Node 20
 * cannot run TypeScript), run by plain node.
 *
 *   node bench/verify/weak-secret.bench.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from '../lib/node-bundle.mjs';

/** @param {{ outDir: string, log: (s: string) => void }} ctx */
export async function benchWeakSecret({ outDir, log }) {
  const dir = join(outDir, 'weak-secret');
  mkdirSync(dir, { recursive: true });
  const file = await bundleForNode('bench/verify/weak-secret.bench.ts', dir);
  log(`weak-secret: node ${file}`);
  const out = execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.env.TOKKI_BENCH_OUT ?? '/tmp/tokki-bench-out';
  const result = await benchWeakSecret({ outDir, log: (s) => console.error(s) });
  console.log(JSON.stringify(result, null, 2));
}
