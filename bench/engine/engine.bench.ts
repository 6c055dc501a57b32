/**
 * Engine figures, run by plain node on a vite bundle of this file (see
 * bench/engine.mjs). Prints one JSON object on stdout; the runner turns it into table rows.
 *
 * Rounds interleave the measured functions (A, B, C, A, B, C, …) so noise from other work on the
 * machine hits all of them alike; every loop is bounded by a round count and a deadline.
 */
import { jwtDecode } from 'jwt-decode';
import { analyze } from '@/lib/engine/analyze/analyze';
import { decodeToken } from '@/lib/engine/decode/decode-token';
import { bigSiteSnapshot, snapshotWithStoredTokens, variedTokens } from './fixtures';

const TOKENS = 10_000;
const MAX_ROUNDS = Number(process.env.BENCH_ENGINE_ROUNDS ?? 9);
const BIG_SITE_RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 40);
const DEADLINE_MS = Number(process.env.BENCH_ENGINE_DEADLINE_MS ?? 90_000);

const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const tokens = variedTokens(TOKENS, now);
const tokenSnapshot = snapshotWithStoredTokens(tokens, now);
const bigSite = bigSiteSnapshot(now);

/** Keeps results reachable so the JIT cannot drop the work. */
let sink = 0;

/** jwt-decode's bare decode of header and payload, the baseline the issue names. */
function baseline(): void {
  for (const t of tokens) {
    try {
      const header = jwtDecode(t, { header: true });
      const payload = jwtDecode(t);
      sink += Object.keys(header).length + Object.keys(payload).length;
    } catch {
      sink += 1;
    }
  }
}

function decodeOnly(): void {
  for (const t of tokens) sink += decodeToken(t).format.length;
}

function fullAnalysis(): void {
  sink += analyze(tokenSnapshot, now).tokens.length;
}

function bigSiteAnalysis(): void {
  sink += analyze(bigSite, now).cookies.length;
}

/**
 * CPU time (user + system, ms) of one call. The machine is shared and overloaded, so wall time
 * mostly measures how long we waited for a core; CPU time measures the work. Wall time is kept
 * alongside for the record.
 */
function timed(fn: () => void, wall: number[]): number {
  const start = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  wall.push(performance.now() - start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const started = performance.now();
const inTime = () => performance.now() - started < DEADLINE_MS;

// Warm-up: let the JIT compile all three paths before timing (rounds=0: profile the big site only).
if (MAX_ROUNDS > 0) {
  baseline();
  decodeOnly();
  fullAnalysis();
}
for (let i = 0; i < 3; i++) bigSiteAnalysis();

const samples = { baseline: [] as number[], decode: [] as number[], analysis: [] as number[] };
const wall = { baseline: [] as number[], decode: [] as number[], analysis: [] as number[] };
// At least 3 rounds even past the deadline, so a median exists.
for (let round = 0; round < MAX_ROUNDS && (round < Math.min(3, MAX_ROUNDS) || inTime()); round++) {
  gc();
  samples.baseline.push(timed(baseline, wall.baseline));
  gc();
  samples.decode.push(timed(decodeOnly, wall.decode));
  gc();
  samples.analysis.push(timed(fullAnalysis, wall.analysis));
}

const bigSiteSamples: number[] = [];
const bigSiteWall: number[] = [];
const bigStarted = performance.now();
for (
  let run = 0;
  run < BIG_SITE_RUNS && (run < 5 || performance.now() - bigStarted < DEADLINE_MS / 2);
  run++
) {
  if (run % 10 === 0) gc();
  bigSiteSamples.push(timed(bigSiteAnalysis, bigSiteWall));
}

const bigReport = analyze(bigSite, now);
const tokenReport = MAX_ROUNDS > 0 ? analyze(tokenSnapshot, now) : { tokens: [], problems: [] };
const formats: Record<string, number> = {};
for (const t of tokens) {
  const f = decodeToken(t).format;
  formats[f] = (formats[f] ?? 0) + 1;
}

process.stdout.write(
  JSON.stringify({
    tokens: TOKENS,
    formats,
    samples,
    medians: {
      baseline: median(samples.baseline),
      decode: median(samples.decode),
      analysis: median(samples.analysis),
      bigSite: median(bigSiteSamples),
    },
    bigSiteSamples,
    wallMedians: {
      baseline: median(wall.baseline),
      decode: median(wall.decode),
      analysis: median(wall.analysis),
      bigSite: median(bigSiteWall),
    },
    tokenReport: { tokens: tokenReport.tokens.length, problems: tokenReport.problems.length },
    bigSite: {
      cookies: bigSite.cookies.length,
      requests: bigSite.requests.length,
      reportTokens: bigReport.tokens.length,
      verdict: bigReport.verdict.kind,
      problems: bigReport.problems.length,
    },
    sink,
  }) + '\n',
);
