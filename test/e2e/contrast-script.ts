/**
 * WCAG contrast of what a page actually renders, read in the page itself: every visible element
 * with text of its own, its computed colour against the backgrounds painted behind it (blended
 * down to the first opaque one). Source text, so Playwright and puppeteer pages both evaluate it.
 *
 * Resolves to the texts below AA (4.5:1; 3:1 for large text) and to the ones it could not judge
 * (a background image behind the text, a colour format it cannot read), which tests treat alike:
 * a colour nobody can check is not known to be readable.
 */
import { expect } from 'vitest';

export interface ContrastReport {
  /** How many texts were checked. */
  checked: number;
  failures: { text: string; where: string; ratio: number; fg: string; bg: string }[];
  unjudged: { text: string; where: string; why: string }[];
}

/** Fails unless every text `report` checked meets AA and none was left unjudged. */
export function expectReadable(report: ContrastReport, what: string): void {
  expect(report.failures, `${what}: texts below AA`).toEqual([]);
  expect(report.unjudged, `${what}: texts whose contrast cannot be read`).toEqual([]);
}

export const CONTRAST_SCRIPT = `(() => {
  const parse = (value) => {
    let m = /^rgba?\\(([^)]+)\\)$/.exec(value);
    if (m) {
      const [r, g, b, a = 1] = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    }
    m = /^color\\(srgb ([^)]+)\\)$/.exec(value);
    if (m) {
      const [r, g, b, a = 1] = m[1].split(/[\\s/]+/).filter(Boolean).map(Number);
      return { r: r * 255, g: g * 255, b: b * 255, a };
    }
    return undefined;
  };
  const over = (top, below) => ({
    r: top.r * top.a + below.r * (1 - top.a),
    g: top.g * top.a + below.g * (1 - top.a),
    b: top.b * top.a + below.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const show = ({ r, g, b }) => 'rgb(' + [r, g, b].map(Math.round).join(', ') + ')';
  const where = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  // What the page is painted on when nothing sets a background: the canvas of its colour scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = scheme.includes('dark') &&
    (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
  const canvas = dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  const report = { checked: 0, failures: [], unjudged: [] };
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
    if (!own || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest(':disabled, [aria-disabled="true"]')) continue;
    const text = own.slice(0, 40);
    const layers = [];
    let opacity = 1;
    let why;
    for (let node = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      opacity *= Number(s.opacity);
      if (s.backgroundImage !== 'none') { why = 'background image behind ' + where(node); break; }
      const bg = parse(s.backgroundColor);
      if (!bg) { why = 'unreadable background ' + s.backgroundColor; break; }
      if (bg.a > 0) layers.push(bg);
      if (bg.a === 1) break;
    }
    const fgRaw = parse(style.color);
    if (!fgRaw) why ??= 'unreadable colour ' + style.color;
    if (why) { report.unjudged.push({ text, where: where(el), why }); continue; }
    const bg = layers.reverse().reduce((below, top) => over(top, below), canvas);
    const fg = over({ ...fgRaw, a: fgRaw.a * opacity }, bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    report.checked += 1;
    if (ratio < (large ? 3 : 4.5)) {
      report.failures.push({ text, where: where(el), ratio: Math.round(ratio * 100) / 100, fg: show(fg), bg: show(bg) });
    }
  }
  return report;
})()`;
