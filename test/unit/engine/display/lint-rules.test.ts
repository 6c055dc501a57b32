/**
 * The lint rules that keep page data out of HTML sinks are a protection of their own: this test
 * runs the project's real ESLint config on small snippets, so deleting or weakening a rule fails.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

/** Messages ESLint gives for `code` as if it were a file at `filePath` (not written to disk). */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO_ROOT, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const SINKS: [string, string][] = [
  ['innerHTML assignment', `export function f(el: HTMLElement, v: string) { el.innerHTML = v; }`],
  ['outerHTML assignment', `export function f(el: HTMLElement, v: string) { el.outerHTML = v; }`],
  [
    'insertAdjacentHTML',
    `export function f(el: HTMLElement, v: string) { el.insertAdjacentHTML('beforeend', v); }`,
  ],
  ['document.write', `export function f(v: string) { document.write(v); }`],
  ['document.writeln', `export function f(v: string) { document.writeln(v); }`],
  [
    'createContextualFragment',
    `export function f(v: string) { return document.createRange().createContextualFragment(v); }`,
  ],
  [
    'a computed innerHTML',
    `export function f(el: HTMLElement, v: string) { (el as unknown as Record<string, string>)['innerHTML'] = v; }`,
  ],
];

describe('security: lint bans HTML sinks for page data', () => {
  it.each(SINKS)(
    'reports %s in a component',
    async (_name, code) => {
      const messages = await lint(code, 'components/shared/lint-probe.ts');
      expect(messages.join('\n')).toMatch(/Page data is hostile/);
    },
    60_000,
  );

  it('reports dangerouslySetInnerHTML in JSX and in a createElement props object', async () => {
    const jsx = await lint(
      `export const V = ({ v }: { v: string }) => <div dangerouslySetInnerHTML={{ __html: v }} />;`,
      'components/panel/lint-probe.tsx',
    );
    expect(jsx.join('\n')).toMatch(/never as HTML/);
    const props = await lint(
      `import { createElement } from 'react';
export const v = (html: string) => createElement('div', { dangerouslySetInnerHTML: { __html: html } });`,
      'components/panel/lint-probe.ts',
    );
    expect(props.join('\n')).toMatch(/never as HTML/);
  }, 60_000);

  it('lets text rendering through (the rules do not flag everything)', async () => {
    const messages = await lint(
      `export function f(el: HTMLElement, v: string) { el.textContent = v; }`,
      'components/shared/lint-probe.ts',
    );
    expect(messages).toEqual([]);
  }, 60_000);
});

/**
 * Folders are runtimes: only lib/platform calls the browser, the platform depends on no other
 * runtime's code, the views never import the background, and the engine stays free of React.
 */
describe('lint holds the folders’ boundaries', () => {
  const reports = async (code: string, filePath: string) => (await lint(code, filePath)).join('\n');

  it.each([
    ['lib/background/lint-probe.ts'],
    ['lib/client/lint-probe.ts'],
    ['lib/engine/analyze/lint-probe.ts'],
    ['components/shared/lint-probe.ts'],
    ['entrypoints/background/lint-probe.ts'],
  ])(
    'reports a browser.* call in %s',
    async (file) => {
      const global = await reports(`export const id = () => browser.runtime.id;`, file);
      expect(global).toMatch(/no-restricted-globals: .*lib\/platform/);
      const imported = await reports(
        `import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;`,
        file,
      );
      expect(imported).toMatch(/no-restricted-imports: .*lib\/platform/);
    },
    60_000,
  );

  it('lets lib/platform call the browser', async () => {
    const messages = await lint(
      `import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;`,
      'lib/platform/lint-probe.ts',
    );
    expect(messages).toEqual([]);
  }, 60_000);

  it.each([
    ["import { registerCapture } from '@/lib/background/capture';", 'lib/background'],
    ["import { registerCapture } from '../background/capture';", 'lib/background'],
    ["import { watchTab } from '../client/watch-tab';", 'lib/client'],
    ["import { Popup } from '@/components/popup/popup-app';", 'components'],
  ])(
    'reports lib/platform importing another runtime: %s',
    async (line, folder) => {
      const messages = await reports(`${line}\nexport const x = 1;`, 'lib/platform/lint-probe.ts');
      expect(messages).toContain(`lib/platform must not depend on ${folder}.`);
    },
    60_000,
  );

  it('reports a view importing background code, by alias or by relative path', async () => {
    for (const line of [
      "import { registerCapture } from '@/lib/background/capture';",
      "import { badgeFor } from '../../lib/background/badge/badge';",
    ]) {
      const messages = await reports(`${line}\nexport const x = 1;`, 'components/popup/probe.tsx');
      expect(messages).toContain('components must not depend on lib/background.');
    }
  }, 60_000);

  it('reports react and the background in the engine, and views in the background', async () => {
    const engine = await reports(
      `import { useState } from 'react';\nimport { pushLive } from '@/lib/platform/live-port';\nexport const x = [useState, pushLive];`,
      'lib/engine/analyze/lint-probe.ts',
    );
    expect(engine).toMatch(/React belongs to components/);
    expect(engine).toContain('lib/engine must not depend on lib/platform.');
    const background = await reports(
      `import { PopupApp } from '@/components/popup/popup-app';\nexport const x = PopupApp;`,
      'lib/background/lint-probe.ts',
    );
    expect(background).toContain('lib/background must not depend on components.');
  }, 60_000);
});
