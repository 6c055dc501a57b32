/**
 * Diagnosis for the popup figure (not part of `npm run bench`): a CPU profile of the built popup
 * reloading on the 300-cookie site, taken with CDP Profiler around `page.reload()`, summarised by
 * bench/profile-summary.mjs. The profile file is kept for Chrome DevTools (Performance → Load).
 *
 *   node bench/popup-profile.mjs [path/to/chrome-mv3] [reloads=5]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firstSeenScript, launchWith, tabIdOf } from './lib/browser.mjs';
import { startBenchServer } from './lib/server.mjs';
import { selfTimes } from './profile-summary.mjs';

const [extArg = '/tmp/tokki-bench-out/chrome-mv3', reloadsArg = '5'] = process.argv.slice(2);
const VERDICT = '[data-testid=verdict]';
const server = await startBenchServer();
const b = await launchWith(resolve(extArg));
try {
  const siteUrl = server.url('app.many.localhost', '/many');
  const site = await b.context.newPage();
  await site.goto(siteUrl);
  await site.waitForFunction(() => document.documentElement.dataset.benchDone, null, {
    timeout: 30_000,
    polling: 50,
  });
  const tabId = await tabIdOf(b.serviceWorker, siteUrl);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript(firstSeenScript([VERDICT]));
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector(VERDICT, { timeout: 30_000 });
  const cdp = await b.context.newCDPSession(popup);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < Number(reloadsArg); i++) {
    await popup.reload();
    await popup.waitForFunction((s) => window.__bench?.[s] !== undefined, VERDICT, {
      timeout: 30_000,
      polling: 100,
    });
  }
  const { profile } = await cdp.send('Profiler.stop');
  const file = join(tmpdir(), 'tokki-popup.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  const { totalMs, rows, inclusive } = selfTimes(profile);
  console.log(`profile: ${file}, ${totalMs.toFixed(0)} ms sampled`);
  console.log('-- self');
  for (const r of rows.slice(0, 20)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.fn}`);
  console.log('-- inclusive');
  for (const r of inclusive.slice(0, 30)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.fn}`);
} finally {
  await b.close();
  await server.close();
}
