/**
 * Page values shown as text that cannot fool the reader: characters that draw nothing (zero-width
 * spaces, joiners, bidi controls, Hangul fillers, tag characters, control characters, lone
 * surrogates) are split out so the UI can show them as a visible mark such as ⟨U+200B⟩, and long
 * values are cut at a character (never a surrogate half) with the full length kept.
 * Two cookies named `sid` and `s\u200Bid` then look different, and a U+202E in a cookie name has
 * nothing left to reverse.
 */

/** One run of a value: plain text, or one invisible character to mark. */
export type ValueSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'invisible';
      /** The character itself (for copying). */
      text: string;
      /** `U+200B`: what the mark shows. */
      code: string;
    };

export interface DisplayValue {
  segments: ValueSegment[];
  /** Code points in the whole value. */
  totalChars: number;
  /** Code points in `segments` (less than `totalChars` when cut). */
  shownChars: number;
  truncated: boolean;
  /** Invisible characters in the shown part. */
  invisibleCount: number;
}

// Ranges of code points that render as nothing (or as blank space indistinguishable from a space)
// yet change what a value is. Sources: Unicode's Default_Ignorable_Code_Point and Bidi_Control
// properties, the C0/C1 control blocks, and the non-ASCII spaces of the Zs category.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls (tab and newline included: values are one line)
  [0x007f, 0x009f], // DEL and C1 controls
  [0x00a0, 0x00a0], // no-break space
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul choseong/jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x2000, 0x200f], // typographic spaces, ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x2028, 0x202f], // line/paragraph separators, LRE…RLO embeddings and overrides, NNBSP
  [0x205f, 0x206f], // medium math space, word joiner, invisible operators, isolates, deprecated
  [0x3000, 0x3000], // ideographic space
  [0x3164, 0x3164], // Hangul filler
  [0xd800, 0xdfff], // lone surrogates (a valid pair is decoded before this check)
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark / zero-width no-break space
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff0, 0xfffb], // interlinear annotation controls and specials
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe0fff], // tag characters and variation selectors supplement
];

/**
 * True for a code point that draws nothing or looks like a plain space.
 *
 * @example isInvisible(0x200b) // true
 */
function isInvisible(codePoint: number): boolean {
  // Printable ASCII is most of every value: answer it before the table.
  if (codePoint >= 0x20 && codePoint < 0x7f) return false;
  for (const [from, to] of INVISIBLE_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** `U+200B`, `U+E0041`: the conventional name of a code point. */
function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Counts code points without building an array (values can be megabytes). */
export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export interface DisplayOptions {
  /** Keep line feeds as line breaks (pretty-printed JSON); marked otherwise. */
  multiline?: boolean;
}

/**
 * Splits a page value for display: plain runs and marked invisible characters, cut after
 * `maxChars` code points. Never throws; a non-string shows as its `String()` form.
 *
 * @example displayValue('s\u200Bid').segments
 * // [{ kind: 'text', text: 's' }, { kind: 'invisible', text: '\u200B', code: 'U+200B' }, { kind: 'text', text: 'id' }]
 * @example displayValue('x'.repeat(10), 4) // { truncated: true, shownChars: 4, totalChars: 10, … }
 */
export function displayValue(
  value: string,
  maxChars = Infinity,
  options: DisplayOptions = {},
): DisplayValue {
  const keepBreaks = options.multiline === true;
  const text = typeof value === 'string' ? value : String(value);
  const segments: ValueSegment[] = [];
  let runStart = 0;
  let shown = 0;
  let invisibleCount = 0;
  let i = 0;
  while (i < text.length && shown < maxChars) {
    const cp = text.codePointAt(i)!;
    // A lone high surrogate followed by nothing or a non-low surrogate: codePointAt returns it
    // as is, one code unit wide, which is what we want.
    const width = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp) && !(keepBreaks && cp === 0x0a)) {
      if (i > runStart) segments.push({ kind: 'text', text: text.slice(runStart, i) });
      segments.push({
        kind: 'invisible',
        text: text.slice(i, i + width),
        code: codePointLabel(cp),
      });
      invisibleCount++;
      runStart = i + width;
    }
    i += width;
    shown++;
  }
  if (i > runStart) segments.push({ kind: 'text', text: text.slice(runStart, i) });
  const truncated = i < text.length;
  return {
    segments,
    totalChars: truncated ? shown + countCodePoints(text.slice(i)) : shown,
    shownChars: shown,
    truncated,
    invisibleCount,
  };
}

/**
 * The same marking as plain text, for places that take only a string (aria-label, title, a
 * sentence's parameter): each invisible character becomes `⟨U+XXXX⟩`.
 *
 * @example visibleText('a\u202Eb') // 'a⟨U+202E⟩b'
 */
export function visibleText(value: string, maxChars = Infinity): string {
  const shown = displayValue(value, maxChars);
  let out = '';
  for (const s of shown.segments) out += s.kind === 'text' ? s.text : `⟨${s.code}⟩`;
  return shown.truncated ? `${out}…` : out;
}

/** Cheap test: does the value hold anything {@link visibleText} would change? */
export function hasInvisible(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (isInvisible(value.codePointAt(i)!)) return true;
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return false;
}

// Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation
// forms): a parameter holding them must be isolated or it reorders the sentence around it.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]/;

/**
 * A page-made string to place inside a sentence: invisible characters marked, and wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) when it holds right-to-left
 * text, so it cannot reorder the words around it. Plain ASCII comes back unchanged.
 *
 * @example isolateParam('abc') // 'abc'
 * @example isolateParam('\u05d0b') // '\u2068\u05d0b\u2069'
 */
export function isolateParam(value: string): string {
  const marked = hasInvisible(value) ? visibleText(value) : value;
  return RTL.test(marked) ? `\u2068${marked}\u2069` : marked;
}
