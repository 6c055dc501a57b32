/**
 * The guessable-secret search of HS384/HS512 tokens runs in WebAssembly inside the real add-on in
 * Firefox ESR too (its MV2 content security policy names 'wasm-unsafe-eval'): the built worker,
 * started from the panel page, says it used `wasm` and finds an HS512 token's guessable secret.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';
import { WEAK_DEMO_SECRET } from '../../demo/verify-tokens.mjs';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { hmacToken, runBuiltWorker } from './weak-secret-tokens';

let demo: DemoServer;
let ff: FirefoxWithAddon;
let frame: AddonFrame;
let addonPath: string;

beforeAll(async () => {
  demo = await startDemo();
  addonPath = buildFirefoxAddon();
  ff = await launchFirefoxWithAddon({ addonPath });
  await ff.visitDemo(demo.urls.plain.home, false);
  frame = await ff.openExtensionPage('devtools-panel.html', await ff.tabIdOf(demo.urls.plain.home));
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

it('the add-on’s own worker searches HS384 and HS512 in WebAssembly in Firefox', async () => {
  const worker = readdirSync(join(addonPath, 'assets')).find((f) =>
    f.startsWith('weak-secret-worker-'),
  );
  for (const alg of ['HS384', 'HS512'] as const) {
    const args = JSON.stringify({
      url: `/assets/${worker}`,
      token: hmacToken(alg, WEAK_DEMO_SECRET),
    });
    const done = await ff.evaluate<unknown>(frame, `(${runBuiltWorker.toString()})(${args})`);
    expect(done).toMatchObject({ engine: 'wasm', outcome: { status: 'found' } });
  }
});
