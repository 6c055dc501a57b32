/**
 * Diagnosis for the capture rows (not part of `npm run bench`): a CPU profile of Tokki's service
 * worker (CDP Profiler on the worker's target) while the stress page's 1,000 authenticated
 * fetches, and the batched writes after them, run; summarised by bench/profile-summary.mjs. The
 * profile file is kept for Chrome DevTools (Performance → Load). A debugger on the worker slows
 * it, so read the shares, not the times.
 *
 *   node bench/capture-profile.mjs [path/to/chrome-mv3] [loads=3]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBare } from './lib/bare-chromium.mjs';
import { startBenchServer } from './lib/server.mjs';
import { sleep } from './lib/stats.mjs';
import { selfTimes } from './profile-summary.mjs';

const [extArg = '/tmp/tokki-bench-out/chrome-mv3', loadsArg = '3'] = process.argv.slice(2);
const server = await startBenchServer();
const bare = await launchBare(resolve(extArg));
const DONE = `new Promise((resolve) => {
  const check = () => document.documentElement.dataset.benchDone ? resolve(Number(document.documentElement.dataset.benchDone)) : setTimeout(check, 50);
  check();
})`;
try {
  const url = server.url('bench.localhost', '/fetches?n=1000');
  const { sessionId } = await bare.send('Target.attachToTarget', {
    targetId: bare.workerTargetId,
    flatten: true,
  });
  await bare.send('Profiler.enable', {}, sessionId);
  await bare.send('Profiler.setSamplingInterval', { interval: 100 }, sessionId);
  await bare.send('Profiler.start', {}, sessionId);
  for (let i = 0; i < Number(loadsArg); i++) {
    const page = await bare.open(url);
    await sleep(500);
    console.log(`load ${i + 1}: ${Math.round(await bare.evaluate(page, DONE))} ms`);
    // The batched writes after the flood are the worker's work too.
    await sleep(3000);
    await bare.closeTarget(page);
  }
  const { profile } = await bare.send('Profiler.stop', {}, sessionId);
  const file = join(tmpdir(), 'tokki-capture-worker.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  const { totalMs, rows, inclusive } = selfTimes(profile);
  const idle = rows.find((r) => r.fn.startsWith('(idle)'))?.ms ?? 0;
  const busy = (totalMs - idle) / Number(loadsArg);
  console.log(
    `profile: ${file}, ${totalMs.toFixed(0)} ms sampled; worker busy ${busy.toFixed(0)} ms per load`,
  );
  console.log('-- self');
  for (const r of rows.slice(0, 25)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.fn}`);
  console.log('-- inclusive');
  for (const r of inclusive.slice(0, 40)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.fn}`);
} finally {
  await bare.close();
  await server.close();
}
