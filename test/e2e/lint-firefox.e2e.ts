/**
 * addons.mozilla.org runs the same linter as `web-ext lint`: the Firefox build must have no error,
 * and no warning that comes from our own code. React's bundle alone brings two innerHTML
 * assignments (react-dom's `dangerouslySetInnerHTML` support and its `<script>` creation trick),
 * recognised here by the code at the reported position, not by a count.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO_ROOT, buildFirefoxAddon } from './firefox/harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** The source around a reported position (minified bundles are one long line). */
function codeAt(addonPath: string, message: LintMessage): string {
  if (!message.file || !message.line) return '';
  const lines = readFileSync(join(addonPath, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

/** react-dom's two innerHTML writes, as they appear in its production bundle. */
const isReactDomInnerHtml = (code: string) =>
  code.includes('dangerouslySetInnerHTML') || code.includes('innerHTML=`<script><\\/script>`');

it('web-ext lint: no error and no warning from our own code', async () => {
  const addonPath = buildFirefoxAddon();
  const { stdout } = await promisify(execFile)(
    join(REPO_ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', addonPath, '--output', 'json', '--no-config-discovery'],
    { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as LintReport;
  expect(report.errors).toEqual([]);
  const ours = report.warnings.filter(
    (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && isReactDomInnerHtml(codeAt(addonPath, w))),
  );
  expect(ours.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
}, 180_000);
