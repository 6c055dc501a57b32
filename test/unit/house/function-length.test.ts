/**
 * The house rule "no function longer than a screen or two": every function, arrow and method in
 * the product (lib/, components/, entrypoints/) stays under MAX_LINES, so a newcomer can read each
 * one whole. Tests and tools are exempt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 120;
const ROOT = resolve(import.meta.dirname, '../../..');

interface LongFunction {
  where: string;
  name: string;
  lines: number;
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) {
    return node.name.getText();
  }
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText();
  if (ts.isPropertyAssignment(node.parent)) return node.parent.name.getText();
  return '(anonymous)';
}

function longFunctions(file: string, source: string): LongFunction[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line;
      const end = tree.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_LINES)
        found.push({ where: `${file}:${start + 1}`, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const productFiles = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
  readdirSync(resolve(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => `${dir}/${file}`),
);

describe('the house: no function over a screen or two', () => {
  it('finds the product files', () => {
    expect(productFiles.length).toBeGreaterThan(100);
  });

  it('flags a long function (the check itself works)', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('probe.ts', `export function big() {\n${body}\n}\n`)).toEqual([
      { where: 'probe.ts:1', name: 'big', lines: MAX_LINES + 2 },
    ]);
  });

  it(`keeps every product function at most ${MAX_LINES} lines`, () => {
    const long = productFiles.flatMap((file) =>
      longFunctions(file, readFileSync(resolve(ROOT, file), 'utf8')),
    );
    expect(long.map((item) => `${item.where} ${item.name} (${item.lines} lines)`)).toEqual([]);
    // Parsing every product file takes about a second alone and many times that on a busy machine.
  }, 60_000);
});
