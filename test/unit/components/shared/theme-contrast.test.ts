import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(
  resolve(import.meta.dirname, '../../../../components/shared/theme.css'),
  'utf8',
);

/** The custom properties of the first rule whose selector matches, as name → #rrggbb. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--tk-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Foreground on background, as the components pair them.
const PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent-text', 'accent'],
  ['high', 'high-bg'],
  ['medium', 'medium-bg'],
  ['low', 'low-bg'],
  ['info', 'info-bg'],
  ['high', 'surface'],
  ['medium', 'surface'],
  ['ok', 'surface'],
];

describe('theme contrast', () => {
  const themes = { light: palette(':root'), dark: palette(":root[data-theme='dark']") };

  it.each(Object.entries(themes))('%s theme defines every colour it pairs', (_name, colours) => {
    for (const [fg, bg] of PAIRS) {
      expect(colours[fg], fg).toMatch(/^#/);
      expect(colours[bg], bg).toMatch(/^#/);
    }
  });

  it.each(
    Object.entries(themes).flatMap(([name, colours]) =>
      PAIRS.map(([fg, bg]) => [name, fg, bg, colours] as const),
    ),
  )('%s: %s on %s meets WCAG AA (4.5:1)', (_name, fg, bg, colours) => {
    expect(contrast(colours[fg] ?? '#000000', colours[bg] ?? '#000000')).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('the system dark theme and the data-theme="dark" override use the same colours', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const system = Object.fromEntries(
      [...media.slice(0, media.indexOf('}')).matchAll(/--tk-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(
        (m) => [m[1], m[2]],
      ),
    );
    expect(system).toEqual(themes.dark);
  });
});
