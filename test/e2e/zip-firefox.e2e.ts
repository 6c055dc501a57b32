/**
 * `npm run zip:firefox` must also write the sources zip addons.mozilla.org review asks for, with
 * what rebuilds the add-on and without installed packages, build output or local artefacts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from './firefox/harness';
import { zipEntries } from './firefox/zip-entries';

// Its own output folder: never race other builds on .output.
const outDir = mkdtempSync(join(tmpdir(), 'tokki-zip-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('zip:firefox writes the add-on zip and a sources zip with the build inputs, without node_modules or output', async () => {
  await promisify(execFile)(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'firefox'], {
    cwd: REPO_ROOT,
    env: { ...process.env, TOKKI_OUT_DIR: outDir },
    timeout: 180_000,
  });
  const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip'));
  const addon = zips.find((f) => f.endsWith('-firefox.zip'));
  const sources = zips.find((f) => f.endsWith('-sources.zip'));
  expect(addon).toBeDefined();
  expect(sources).toBeDefined();

  expect(zipEntries(join(outDir, addon!))).toContain('manifest.json');
  const entries = zipEntries(join(outDir, sources!));
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json']) {
    expect(entries).toContain(needed);
  }
  expect(entries.some((e) => e.startsWith('entrypoints/background/'))).toBe(true);
  expect(entries.some((e) => e.startsWith('lib/'))).toBe(true);
  const unwanted = entries.filter((e) =>
    /(^|\/)(node_modules|\.output|\.wxt|demo-output|test-results)\//.test(e),
  );
  expect(unwanted).toEqual([]);
}, 240_000);
