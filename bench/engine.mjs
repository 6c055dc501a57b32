/**
 * Figure 5, the engine: decode + full analysis of 10,000 varied tokens against jwt-decode's bare
 * decode, and analyze() on 300 cookies + 2,000 requests + 50 tokens.
 *
 * Why a bundle run by plain node: Node 20 cannot run TypeScript, and vitest's `bench` runs inside
 * its module runner and transforms; a vite SSR bundle of bench/engine/engine.bench.ts (all imports
 * inlined, `@/` resolved) is the same code the extension ships, runs in a clean process, and can be
 * profiled with `node --cpu-prof` (set BENCH_PROFILE=1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from './lib/node-bundle.mjs';
import { noise, round } from './lib/stats.mjs';

/**
 * @param {{ outDir: string, log: (s: string) => void }} ctx
 * @returns {Promise<import('./run.mjs').Row[]>}
 */
export async function benchEngine({ outDir, log }) {
  const dir = join(outDir, 'engine');
  mkdirSync(dir, { recursive: true });
  const profile = process.env.BENCH_PROFILE === '1';
  // Unminified when profiling, so the profile names our functions.
  const file = await bundleForNode('bench/engine/engine.bench.ts', dir, !profile);
  const args = [
    '--expose-gc',
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${dir}/prof`] : []),
    file,
  ];
  log(`engine: node ${args.join(' ')}`);
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const r = JSON.parse(out.trim().split('\n').pop());
  const ratio = r.medians.analysis / r.medians.baseline;
  const decodeRatio = r.medians.decode / r.medians.baseline;
  const mix = Object.entries(r.formats)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    {
      id: 'engine.tokens-vs-jwt-decode',
      figure: `engine: decode + full analysis of ${r.tokens} varied tokens ÷ jwt-decode (header+payload)`,
      goal: '≤ 2×',
      goalValue: 2,
      value: round(ratio, 2),
      measured: `${round(ratio, 1)}× (${round(r.medians.analysis)} vs ${round(r.medians.baseline)} ms CPU)`,
      pass: ratio <= 2,
      noise: { analysis: noise(r.samples.analysis), baseline: noise(r.samples.baseline) },
      note: `medians of CPU time, rounds interleaved; wall medians ${round(r.wallMedians.analysis)} vs ${round(r.wallMedians.baseline)} ms; token mix: ${mix}; analyze() of one snapshot holding them all in web storage (${r.tokenReport.tokens} tokens in the report)`,
    },
    {
      id: 'engine.decode-vs-jwt-decode',
      figure: `engine: decodeToken alone on the same ${r.tokens} tokens ÷ jwt-decode`,
      goal: '≤ 2× (context)',
      goalValue: 2,
      value: round(decodeRatio, 2),
      measured: `${round(decodeRatio, 1)}× (${round(r.medians.decode)} vs ${round(r.medians.baseline)} ms CPU)`,
      pass: decodeRatio <= 2,
      noise: { decode: noise(r.samples.decode) },
      note: 'decodeToken also runs jose strict decoders and describes opaque values; shows how much of the ratio is decoding',
    },
    {
      id: 'engine.analyze-big-site',
      figure: 'engine: analyze() on 300 cookies + 2,000 requests + 50 tokens',
      goal: '≤ 20 ms median',
      goalValue: 20,
      value: round(r.medians.bigSite, 2),
      measured: `${round(r.medians.bigSite, 1)} ms CPU (wall ${round(r.wallMedians.bigSite, 1)} ms)`,
      pass: r.medians.bigSite <= 20,
      noise: noise(r.bigSiteSamples),
      note: `report: ${r.bigSite.reportTokens} tokens, verdict ${r.bigSite.verdict}`,
    },
  ];
}
