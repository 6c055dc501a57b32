/**
 * Layout faults a reader sees, read in the page as it is rendered: the page wider than its window
 * (a sideways scroll bar), a sentence shown in Korean and English side by side whose columns are
 * squeezed to a few words a line, an evidence line whose sentence shares its width with its "×2"
 * count instead of running past it, and a details list whose labels leave its values a sliver. Source text, so Playwright and puppeteer pages both
 * evaluate it.
 */
import { expect } from 'vitest';

/** Narrower than this, a column holds two or three English words a line. */
export const MIN_COLUMN_PX = 150;

/** Below this share of its line, an evidence sentence is being squeezed by what follows it. */
export const MIN_EVIDENCE_SHARE = 0.8;

/** Below this share of their list, a details list's values (dates, states, URLs) are squeezed. */
export const MIN_VALUE_SHARE = 0.5;

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
}

/** Fails on any fault in `report`; `what` says which page and state it was read from. */
export function expectLaidOut(report: LayoutReport, what: string): void {
  expect(report.overflowPx, `${what}: page wider than its window by`).toBe(0);
  expect(report.narrowColumns, `${what}: two-language columns under ${MIN_COLUMN_PX} px`).toEqual(
    [],
  );
  expect(report.squeezedEvidence, `${what}: evidence sentences beside their count`).toEqual([]);
  expect(report.squeezedValues, `${what}: details values beside wide labels`).toEqual([]);
}

export const LAYOUT_SCRIPT = `(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const width = (el) => el.getBoundingClientRect().width;
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
  return report;
})()`;
