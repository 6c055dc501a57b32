/**
 * Layout faults a reader sees, read in the page as it is rendered: the page wider than its window
 * (a sideways scroll bar), a sentence shown in Korean and English side by side whose columns are
 * squeezed to a few words a line, an evidence line whose sentence shares its width with its "×2"
 * count instead of running past it, a details list whose labels leave its values a sliver, a
 * sentence crushed into a column a few letters wide, and a one-word control label (한국어,
 * English) broken over two lines. Source text, so Playwright and puppeteer pages both
 * evaluate it.
 */
import { expect } from 'vitest';

/** Narrower than this, a column holds two or three English words a line. */
const MIN_COLUMN_PX = 150;

/** Below this share of its line, an evidence sentence is being squeezed by what follows it. */
const MIN_EVIDENCE_SHARE = 0.8;

/** Below this share of their list, a details list's values (dates, states, URLs) are squeezed. */
const MIN_VALUE_SHARE = 0.5;

/** The longest word counted as a control's label (한국어, English, Overview) rather than a value. */
const MAX_LABEL_WORD = 16;

/** A text of a sentence's length (this many characters or more) ... */
const SENTENCE_CHARS = 20;
/** ... narrower than this holds a few letters a line. */
const MIN_SENTENCE_PX = 60;

export interface LayoutReport {
  /** Two-language sentences measured (tk-both--block). */
  columns: number;
  /** Evidence lines measured. */
  evidenceLines: number;
  /** Values of details lists (dl) measured. */
  values: number;
  /** How many pixels the page is wider than its window. */
  overflowPx: number;
  narrowColumns: { text: string; widths: number[] }[];
  squeezedEvidence: { text: string; share: number }[];
  squeezedValues: { text: string; share: number }[];
  crushedText: { text: string; width: number }[];
  /** Words of button and tab labels drawn over two lines. */
  brokenLabels: string[];
}

/**
 * Fails on any fault in `report`; `what` says which page and state it was read from. Soft, so a
 * test that walks several tabs reports every faulty one, not just the first.
 */
export function expectLaidOut(report: LayoutReport, what: string): void {
  expect.soft(report.overflowPx, `${what}: page wider than its window by`).toBe(0);
  expect
    .soft(report.narrowColumns, `${what}: two-language columns under ${MIN_COLUMN_PX} px`)
    .toEqual([]);
  expect
    .soft(report.squeezedEvidence, `${what}: evidence sentences beside their count`)
    .toEqual([]);
  expect.soft(report.squeezedValues, `${what}: details values beside wide labels`).toEqual([]);
  expect
    .soft(report.crushedText, `${what}: sentences under ${MIN_SENTENCE_PX} px wide`)
    .toEqual([]);
  expect.soft(report.brokenLabels, `${what}: one-word labels broken over lines`).toEqual([]);
}

export const LAYOUT_SCRIPT = `(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const width = (el) => el.getBoundingClientRect().width;
  // Text for screen readers only: 1 px wide and clipped on purpose.
  const screenReaderOnly = (el) => el.closest('.tk-sr-only') !== null;
  const snippet = (el) => el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60);
  const root = document.documentElement;
  const report = {
    columns: 0,
    evidenceLines: 0,
    values: 0,
    overflowPx: Math.max(0, root.scrollWidth - root.clientWidth),
    narrowColumns: [],
    squeezedEvidence: [],
    squeezedValues: [],
    crushedText: [],
    brokenLabels: [],
  };
  for (const block of document.querySelectorAll('.tk-both--block')) {
    if (!visible(block)) continue;
    report.columns += 1;
    const widths = [...block.children].map((part) => Math.round(width(part)));
    if (Math.min(...widths) < ${MIN_COLUMN_PX}) report.narrowColumns.push({ text: snippet(block), widths });
  }
  for (const line of document.querySelectorAll('.tk-evidence__list > li')) {
    if (!visible(line)) continue;
    report.evidenceLines += 1;
    const sentence = line.firstElementChild;
    // Measured against the line's parts (sentence and count), so the CSS bullet is left out.
    const parts = [...line.children].reduce((sum, child) => sum + width(child), 0);
    const share = sentence && parts > 0 ? width(sentence) / parts : 1;
    if (share < ${MIN_EVIDENCE_SHARE}) report.squeezedEvidence.push({ text: snippet(line), share: Math.round(share * 100) / 100 });
  }
  for (const value of document.querySelectorAll('dl > dd')) {
    if (!visible(value)) continue;
    report.values += 1;
    const share = width(value) / width(value.parentElement);
    if (share < ${MIN_VALUE_SHARE}) report.squeezedValues.push({ text: snippet(value), share: Math.round(share * 100) / 100 });
  }
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
    if (own.length < ${SENTENCE_CHARS} || !visible(el) || screenReaderOnly(el)) continue;
    const w = width(el);
    if (w < ${MIN_SENTENCE_PX}) report.crushedText.push({ text: own.slice(0, 60), width: Math.round(w) });
  }
  // Each word of a control's label, as drawn: one word on two lines is broken.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = node.data.trim();
    const parent = node.parentElement;
    // A label's word, not a value (a URL in a link button may wrap).
    if (!word || word.length > ${MAX_LABEL_WORD} || /\\s/.test(word)) continue;
    if (!parent.closest('button, [role="tab"]')) continue;
    if (!visible(parent) || screenReaderOnly(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) report.brokenLabels.push(word);
  }
  return report;
})()`;
