/**
 * Summarises a V8 .cpuprofile (node --cpu-prof, or Chrome's Profiler.stop) as the functions with
 * the most self and inclusive time, so a missed budget can be traced to a file and function.
 *
 *   node bench/profile-summary.mjs <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

/** Self time per function (ms), largest first. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...hits.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map();
  for (const [id, us] of hits) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  // Inclusive time: a node's own hits plus its subtree's, counted once per function per stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, us] of hits) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { functionName, url, lineNumber } = byId.get(cur).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  return {
    totalMs: total / 1000,
    inclusive: [...inclusive]
      .map(([fn, us]) => ({ fn, ms: us / 1000, pct: (100 * us) / total }))
      .sort((a, b) => b.ms - a.ms),
    rows: [...byFn]
      .map(([fn, us]) => ({ fn, ms: us / 1000, pct: (100 * us) / total }))
      .sort((a, b) => b.ms - a.ms),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top = '25'] = process.argv.slice(2);
  const { totalMs, rows, inclusive } = selfTimes(JSON.parse(readFileSync(file, 'utf8')));
  const print = (list) => {
    for (const r of list.slice(0, Number(top))) {
      console.log(`${r.ms.toFixed(1).padStart(9)} ms ${r.pct.toFixed(1).padStart(5)}%  ${r.fn}`);
    }
  };
  console.log(`total ${totalMs.toFixed(0)} ms\n-- self time`);
  print(rows);
  console.log('-- inclusive time');
  print(inclusive);
}
