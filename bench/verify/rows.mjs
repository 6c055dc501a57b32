/**
 * Figure 7, verify: the guessable-secret search's speed as table rows. In the extension's worker
 * (headless Chromium) against Node's native `crypto.createHmac` on the same candidates and token
 * (issue goal ≥ 0.5× native), over the full word list, with the list's run time; and Tokki's
 * pure-JS HMAC in Node against the same native figure, for context.
 */
import { round } from '../lib/stats.mjs';
import { benchWeakSecret } from './weak-secret.bench.mjs';
import { benchWeakSecretWorker } from './weak-secret-worker.bench.mjs';

const GOAL = 0.5;
const thousands = (n) => `${Math.round(n / 1000)}k/s`;
const ENGINE = { wasm: 'WebAssembly', js: 'JS' };

/**
 * @param {{ outDir: string, log: (s: string) => void }} ctx
 * @returns {Promise<import('../run.mjs').Row[]>}
 */
export async function benchVerify(ctx) {
  const worker = await benchWeakSecretWorker(ctx);
  const node = (await benchWeakSecret(ctx)).rows;
  const rows = Object.entries(worker).map(([alg, r]) => ({
    id: `verify.weak-secret-worker.${alg}`,
    figure: `verify: guessable-secret search in the extension's worker, ${alg}`,
    goal: `≥ ${GOAL}× Node createHmac`,
    goalValue: GOAL,
    value: r.ratioWorkerToNative,
    measured:
      `${r.ratioWorkerToNative}× (${thousands(r.workerPerSec)} vs ${thousands(r.nativePerSec)}); ` +
      `${r.candidates.toLocaleString('en')} secrets in ${r.workerSeconds} s (${ENGINE[r.engine] ?? r.engine})`,
    pass: r.ratioWorkerToNative >= GOAL,
    noise: r.runs,
    note: 'full word list; the extension ships its first 3,520 secrets',
  }));
  for (const [alg, r] of Object.entries(node)) {
    rows.push({
      id: `verify.weak-secret-js.${alg}`,
      figure: `verify: Tokki's JS HMAC in Node, ${alg} (context: the fallback without WebAssembly)`,
      goal: `≥ ${GOAL}× Node createHmac`,
      goalValue: GOAL,
      value: r.ratioJsToNative,
      measured:
        `${r.ratioJsToNative}× (${thousands(r.jsPerSec)} vs ${thousands(r.nativePerSec)}); ` +
        `WebCrypto ${thousands(r.webCryptoPerSec)}` +
        (r.wasmPerSec ? `; WebAssembly ${thousands(r.wasmPerSec)}` : ''),
      pass: r.ratioJsToNative >= GOAL,
      noise: r.runs,
      note: `${r.candidates.toLocaleString('en')} secrets, ${round(r.jsMs / 1000)} s`,
    });
  }
  return rows;
}
