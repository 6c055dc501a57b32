/** Small statistics helpers: the bench reports medians and the spread around them (noise). */

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Spread of samples as min / max and the median absolute deviation relative to the median, so the
 * table says how noisy each figure was on this shared machine.
 * @param {number[]} values
 */
export function noise(values) {
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  return {
    n: values.length,
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    madPct: m === 0 ? 0 : round((mad / m) * 100, 1),
  };
}

/** @param {number} value @param {number} [digits] */
export function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Resolves after `ms`. @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
