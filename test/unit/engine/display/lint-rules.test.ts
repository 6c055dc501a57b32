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
