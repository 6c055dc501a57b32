/**
 * Finds the look-alike, invisible and bidi characters in a paste, each with where it is and what
 * it is, and the text with them fixed (look-alikes replaced by the Latin letter they imitate,
 * invisible and bidi characters dropped, odd spaces made plain), so the Decoder can say what the
 * value would be without them.
 */
import { oddChar, type OddCharClass } from './lookalike-table';

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

/**
 * The odd characters of `text` and the text without them; `marks` is empty when there is none.
 *
 * @example findLookalikes('\u0435yJ').marks[0] // { position: 1, codePoint: 'U+0435', ascii: 'e', … }
 */
export function findLookalikes(text: string): Lookalikes {
  const marks: OddMark[] = [];
  let more = 0;
  let fixed = '';
  let position = 0;
  for (const ch of text) {
    position += 1;
    const cp = ch.codePointAt(0)!;
    const odd = cp < 0xa0 ? undefined : oddChar(cp);
    if (!odd) {
      fixed += ch;
      continue;
    }
    fixed += odd.ascii;
    if (marks.length >= MAX_MARKS) {
      more += 1;
      continue;
    }
    const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    marks.push({ position, codePoint, name: odd.name, cls: odd.cls, ascii: odd.ascii });
  }
  return { marks, more, fixed };
}
