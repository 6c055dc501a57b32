/**
 * Finds the look-alike, invisible and bidi characters in a paste, each with where it is and what
 * it is, and the text with them fixed (look-alikes replaced by the Latin letter they imitate,
 * invisible and bidi characters dropped, odd spaces made plain), so the Decoder can say what the
 * value would be without them.
 */
import { ODD_CHARS, oddChar, type OddCharClass } from './lookalike-table';

interface OddMark {
  /** 1-based position in characters (code points), as a reader counts. */
  position: number;
  /** `U+0435` */
  codePoint: string;
  name: string;
  cls: OddCharClass;
  /** The Latin character it imitates; '' for one that is dropped. */
  ascii: string;
}

export interface Lookalikes {
  marks: OddMark[];
  /** Marks past this many are counted, not listed. */
  more: number;
  /** The text with every mark fixed. */
  fixed: string;
}

/** Listed at most, so a paste full of them stays readable. */
const MAX_MARKS = 20;

/** Characters (code points) in `text` from `from` up to `to`, UTF-16 indices. */
function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate ends a pair already counted by its high half.
    if (c < 0xdc00 || c > 0xdfff) n += 1;
  }
  return n;
}

/**
 * The odd characters of `text` and the text without them; `marks` is empty when there is none.
 * One regex scan when there is none; else one pass that fixes and counts positions as it goes.
 *
 * @example findLookalikes('\u0435yJ').marks[0] // { position: 1, codePoint: 'U+0435', ascii: 'e', … }
 */
export function findLookalikes(text: string): Lookalikes {
  const marks: OddMark[] = [];
  let more = 0;
  let position = 0;
  let last = 0;
  const fixed = text.replace(ODD_CHARS, (ch: string, index: number) => {
    position += codePoints(text, last, index) + 1;
    last = index + ch.length;
    const cp = ch.charCodeAt(0);
    const odd = oddChar(cp);
    if (!odd) return ch;
    if (marks.length >= MAX_MARKS) more += 1;
    else {
      const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      marks.push({ position, codePoint, name: odd.name, cls: odd.cls, ascii: odd.ascii });
    }
    return odd.ascii;
  });
  return { marks, more, fixed: marks.length + more === 0 ? text : fixed };
}
