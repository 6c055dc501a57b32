/**
 * Characters that make a pasted token fail while looking right: letters of other scripts drawn
 * like Latin ones (Unicode's confusables for the base64url alphabet), full-width forms, invisible
 * and bidi control characters, and spaces that are not U+0020. A small explicit table, not all
 * of Unicode: these are the ones chat apps, word processors and copied web pages slip into tokens.
 */

export type OddCharClass = 'lookalike' | 'fullwidth' | 'invisible' | 'bidi' | 'space';

export interface OddChar {
  cls: OddCharClass;
  /** The Unicode name, as the standard spells it. */
  name: string;
  /** What it stands in for: the Latin letter, digit or mark; '' for a character to drop. */
  ascii: string;
}

/** [code point, Latin look-alike, Unicode name] for Cyrillic and Greek letters drawn as Latin. */
const LOOKALIKES: readonly (readonly [number, string, string])[] = [
  [0x0430, 'a', 'CYRILLIC SMALL LETTER A'],
  [0x0435, 'e', 'CYRILLIC SMALL LETTER IE'],
  [0x043e, 'o', 'CYRILLIC SMALL LETTER O'],
  [0x0440, 'p', 'CYRILLIC SMALL LETTER ER'],
  [0x0441, 'c', 'CYRILLIC SMALL LETTER ES'],
  [0x0443, 'y', 'CYRILLIC SMALL LETTER U'],
  [0x0445, 'x', 'CYRILLIC SMALL LETTER HA'],
  [0x0455, 's', 'CYRILLIC SMALL LETTER DZE'],
  [0x0456, 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0458, 'j', 'CYRILLIC SMALL LETTER JE'],
  [0x04bb, 'h', 'CYRILLIC SMALL LETTER SHHA'],
  [0x04cf, 'l', 'CYRILLIC SMALL LETTER PALOCHKA'],
  [0x0501, 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
  [0x051b, 'q', 'CYRILLIC SMALL LETTER QA'],
  [0x051d, 'w', 'CYRILLIC SMALL LETTER WE'],
  [0x0405, 'S', 'CYRILLIC CAPITAL LETTER DZE'],
  [0x0406, 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0408, 'J', 'CYRILLIC CAPITAL LETTER JE'],
  [0x0410, 'A', 'CYRILLIC CAPITAL LETTER A'],
  [0x0412, 'B', 'CYRILLIC CAPITAL LETTER VE'],
  [0x0415, 'E', 'CYRILLIC CAPITAL LETTER IE'],
  [0x041a, 'K', 'CYRILLIC CAPITAL LETTER KA'],
  [0x041c, 'M', 'CYRILLIC CAPITAL LETTER EM'],
  [0x041d, 'H', 'CYRILLIC CAPITAL LETTER EN'],
  [0x041e, 'O', 'CYRILLIC CAPITAL LETTER O'],
  [0x0420, 'P', 'CYRILLIC CAPITAL LETTER ER'],
  [0x0421, 'C', 'CYRILLIC CAPITAL LETTER ES'],
  [0x0422, 'T', 'CYRILLIC CAPITAL LETTER TE'],
  [0x0423, 'Y', 'CYRILLIC CAPITAL LETTER U'],
  [0x0425, 'X', 'CYRILLIC CAPITAL LETTER HA'],
  [0x051a, 'Q', 'CYRILLIC CAPITAL LETTER QA'],
  [0x051c, 'W', 'CYRILLIC CAPITAL LETTER WE'],
  [0x03b1, 'a', 'GREEK SMALL LETTER ALPHA'],
  [0x03b9, 'i', 'GREEK SMALL LETTER IOTA'],
  [0x03ba, 'k', 'GREEK SMALL LETTER KAPPA'],
  [0x03bd, 'v', 'GREEK SMALL LETTER NU'],
  [0x03bf, 'o', 'GREEK SMALL LETTER OMICRON'],
  [0x03c1, 'p', 'GREEK SMALL LETTER RHO'],
  [0x03c5, 'u', 'GREEK SMALL LETTER UPSILON'],
  [0x0391, 'A', 'GREEK CAPITAL LETTER ALPHA'],
  [0x0392, 'B', 'GREEK CAPITAL LETTER BETA'],
  [0x0395, 'E', 'GREEK CAPITAL LETTER EPSILON'],
  [0x0396, 'Z', 'GREEK CAPITAL LETTER ZETA'],
  [0x0397, 'H', 'GREEK CAPITAL LETTER ETA'],
  [0x0399, 'I', 'GREEK CAPITAL LETTER IOTA'],
  [0x039a, 'K', 'GREEK CAPITAL LETTER KAPPA'],
  [0x039c, 'M', 'GREEK CAPITAL LETTER MU'],
  [0x039d, 'N', 'GREEK CAPITAL LETTER NU'],
  [0x039f, 'O', 'GREEK CAPITAL LETTER OMICRON'],
  [0x03a1, 'P', 'GREEK CAPITAL LETTER RHO'],
  [0x03a4, 'T', 'GREEK CAPITAL LETTER TAU'],
  [0x03a5, 'Y', 'GREEK CAPITAL LETTER UPSILON'],
  [0x03a7, 'X', 'GREEK CAPITAL LETTER CHI'],
];

/** [code point, class, Unicode name] for characters that show as nothing or as a plain space. */
const UNSEEN: readonly (readonly [number, OddCharClass, string])[] = [
  [0x00ad, 'invisible', 'SOFT HYPHEN'],
  [0x180e, 'invisible', 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'invisible', 'ZERO WIDTH SPACE'],
  [0x200c, 'invisible', 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'invisible', 'ZERO WIDTH JOINER'],
  [0x2060, 'invisible', 'WORD JOINER'],
  [0xfeff, 'invisible', 'ZERO WIDTH NO-BREAK SPACE'],
  [0x061c, 'bidi', 'ARABIC LETTER MARK'],
  [0x200e, 'bidi', 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'bidi', 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'bidi', 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'bidi', 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'bidi', 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'bidi', 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'bidi', 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'bidi', 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'bidi', 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'bidi', 'FIRST STRONG ISOLATE'],
  [0x2069, 'bidi', 'POP DIRECTIONAL ISOLATE'],
  [0x00a0, 'space', 'NO-BREAK SPACE'],
  [0x2000, 'space', 'EN QUAD'],
  [0x2001, 'space', 'EM QUAD'],
  [0x2002, 'space', 'EN SPACE'],
  [0x2003, 'space', 'EM SPACE'],
  [0x2004, 'space', 'THREE-PER-EM SPACE'],
  [0x2005, 'space', 'FOUR-PER-EM SPACE'],
  [0x2006, 'space', 'SIX-PER-EM SPACE'],
  [0x2007, 'space', 'FIGURE SPACE'],
  [0x2008, 'space', 'PUNCTUATION SPACE'],
  [0x2009, 'space', 'THIN SPACE'],
  [0x200a, 'space', 'HAIR SPACE'],
  [0x202f, 'space', 'NARROW NO-BREAK SPACE'],
  [0x205f, 'space', 'MEDIUM MATHEMATICAL SPACE'],
  [0x3000, 'space', 'IDEOGRAPHIC SPACE'],
];

/** Names of the full-width marks that tokens and headers use; letters and digits are regular. */
const FULLWIDTH_MARKS: Readonly<Record<string, string>> = {
  '+': 'PLUS SIGN',
  '-': 'HYPHEN-MINUS',
  '.': 'FULL STOP',
  '/': 'SOLIDUS',
  ':': 'COLON',
  ';': 'SEMICOLON',
  '=': 'EQUALS SIGN',
  _: 'LOW LINE',
  '~': 'TILDE',
  '%': 'PERCENT SIGN',
};

const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

const TABLE = new Map<number, OddChar>([
  ...LOOKALIKES.map(([cp, ascii, name]) => [cp, { cls: 'lookalike', name, ascii }] as const),
  ...UNSEEN.map(
    ([cp, cls, name]) => [cp, { cls, name, ascii: cls === 'space' ? ' ' : '' }] as const,
  ),
]);

/** The full-width form (U+FF01–U+FF5E) of an ASCII letter, digit or token mark, named. */
function fullwidth(cp: number): OddChar | undefined {
  if (cp < 0xff01 || cp > 0xff5e) return undefined;
  const ascii = String.fromCharCode(cp - 0xfee0);
  let name: string | undefined;
  if (/[A-Z]/.test(ascii)) name = `FULLWIDTH LATIN CAPITAL LETTER ${ascii}`;
  else if (/[a-z]/.test(ascii)) name = `FULLWIDTH LATIN SMALL LETTER ${ascii.toUpperCase()}`;
  else if (/[0-9]/.test(ascii)) name = `FULLWIDTH DIGIT ${DIGITS[Number(ascii)]}`;
  else if (FULLWIDTH_MARKS[ascii]) name = `FULLWIDTH ${FULLWIDTH_MARKS[ascii]}`;
  return name ? { cls: 'fullwidth', name, ascii } : undefined;
}

/**
 * What `cp` is when it is one of the table's characters; undefined for every other character.
 *
 * @example oddChar(0x0435) // { cls: 'lookalike', name: 'CYRILLIC SMALL LETTER IE', ascii: 'e' }
 */
export function oddChar(cp: number): OddChar | undefined {
  return TABLE.get(cp) ?? fullwidth(cp);
}

const hex4 = (cp: number) => `\\u${cp.toString(16).padStart(4, '0')}`;

/**
 * Matches any character the table may name (every full-width form is tried; {@link oddChar}
 * says which of them count), so a paste without one is passed over in one regex scan.
 */
export const ODD_CHARS = new RegExp(
  `[${[...TABLE.keys()].map(hex4).join('')}\\uff01-\\uff5e]`,
  'g',
);
