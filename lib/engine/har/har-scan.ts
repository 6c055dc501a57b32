/**
 * Reads a HAR file's JSON a chunk at a time and hands over each page and each entry parsed on its
 * own, so a 100,000-entry file never sits whole in memory: only the entry being read does.
 * Structure only: the entries themselves are read by `JSON.parse`, which checks them whole.
 *
 * Most of the text is inside entries, so finding where each ends is most of the scan. Once two
 * entries have been read, the text between them (`},{` in a minified file, `},\n    {` in one
 * pretty-printed, as browsers export) and the keys entries start with are known: the next end is
 * then a search for that separator followed by such a key, and `JSON.parse` of the text up to it
 * proves it, since only the true end makes the text one whole value. A separator can sit inside a
 * string or a nested list (headers, `},{"name"`): the key rules most of those out, the parse the
 * rest, and a failed proof falls back to reading the entry character by character.
 */

/** Why the text is not a HAR the scanner can read. */
export type HarScanFault = 'not-json' | 'not-har' | 'truncated';

/** What the scanner found, in file order: each value parsed, undefined when it is not JSON. */
export interface HarScanSink {
  page(value: unknown): void;
  entry(value: unknown): void;
  /** `log.creator` or `log.browser`: small objects that say which tool wrote the file. */
  meta(key: 'creator' | 'browser', value: unknown): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/** Characters a JSON text may hold outside its strings: whitespace, punctuation and literals. */
const BARE = /^[\s{}[\]:,0-9eE.+\-truefalsn]$/;

/** The text between two entries: the first's `}`, a comma and the second's `{`, spaced any way. */
const ENTRY_GAP = /^\}\s*,\s*\{$/;

/** Keys an entry may start with that the fast search trusts: a file's exporter uses one or two. */
const MAX_FIRST_KEYS = 8;

/** Failed proofs after which the fast search is given up for the file (an odd layout). */
const MAX_FAILED_PROOFS = 64;

/** The parse of a text that is not one JSON value. */
const NOT_JSON = Symbol('not JSON');

function parseOrFail(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return NOT_JSON;
  }
}

interface Frame {
  array: boolean;
  /** The key whose value this container is (`entries`), or '' inside arrays. */
  key: string;
  /** In an object, the next string is a key. */
  expectKey: boolean;
  /** The last key read in this object. */
  lastKey: string;
}

/** Where, under `log`, a container holds values the sink wants whole. */
function capturedAt(stack: readonly Frame[]): 'page' | 'entry' | 'meta' | undefined {
  // root { log { entries [ → each element at depth 3.
  if (stack.length === 3 && stack[1]!.key === 'log' && stack[2]!.array) {
    if (stack[2]!.key === 'entries') return 'entry';
    if (stack[2]!.key === 'pages') return 'page';
  }
  return undefined;
}

/**
 * The scanner. `push` each decoded chunk, then `end`; it never throws, and says what is wrong
 * with the text in `fault` as soon as it knows.
 *
 * @example const s = new HarScanner(sink); s.push('{"log":{"entries":[{}]}}'); s.end(); // sink.entry({})
 */
export class HarScanner {
  fault: HarScanFault | undefined;
  private buf = '';
  private pos = 0;
  private readonly stack: Frame[] = [];
  private inString = false;
  /** Where the string being read started (for keys), in `buf`. */
  private stringStart = -1;
  /** Where the value being captured started, in `buf` (−1: none), and its kind. */
  private captureStart = -1;
  /** The text of the value being captured that came in earlier chunks (`captureStart` is then 0). */
  private carry = '';
  private captureKind: 'page' | 'entry' | 'meta' | undefined;
  /** Open brackets inside the value being captured (read by the fast loop, skipValue). */
  private nest = 0;
  /** The fast loop stopped inside a string. */
  private nestInString = false;
  private metaKey: 'creator' | 'browser' | undefined;
  private started = false;
  private sawLog = false;
  private sawEntries = false;
  /** The text between two entries once seen, e.g. `},{`; see the file's comment. */
  private gap: string | undefined;
  /** Where the last entry read ends (its `}`), in `buf`, while `buf` still holds it; −1: not. */
  private lastEntryClose = -1;
  /** The keys entries started with so far, quoted (`"startedDateTime"`). */
  private readonly firstKeys: string[] = [];
  private failedProofs = 0;

  constructor(private readonly sink: HarScanSink) {}

  /** Reads the next piece of the text. */
  push(chunk: string): void {
    if (this.fault) return;
    this.buf += chunk;
    this.scan();
    if (this.captureStart >= 0) return this.carryCapture();
    // Keep only what a key still being read needs.
    const keep = this.stringStart;
    const from = keep >= 0 ? keep : this.buf.length;
    this.buf = this.buf.slice(from);
    this.pos -= from;
    if (this.stringStart >= 0) this.stringStart -= from;
    this.lastEntryClose = this.lastEntryClose >= from ? this.lastEntryClose - from : -1;
  }

  /**
   * Moves the part of the value being captured that this chunk holds into `carry`, so the next
   * chunk is read as the string it was decoded into: appended to what is kept, it would make a
   * string V8 copies whole (4 MiB) at its first read, and those copies and the collector's work
   * after them were a third of a 100,000-entry import (4.5 → 2.9 s in Node). A run of backslashes
   * at the end stays, so the next chunk can tell whether its first quote is escaped.
   */
  private carryCapture(): void {
    const buf = this.buf;
    let cut = buf.length;
    while (cut > this.captureStart && buf.charCodeAt(cut - 1) === BACKSLASH) cut -= 1;
    this.carry += buf.slice(this.captureStart, cut);
    this.buf = buf.slice(cut);
    this.pos -= cut;
    this.captureStart = 0;
    this.stringStart = -1;
    this.lastEntryClose = -1;
  }

  /** The text ended: anything still open means the file was cut short. */
  end(): void {
    if (this.fault) return;
    if (!this.started) this.fault = 'not-json';
    else if (this.stack.length > 0 || this.inString) this.fault = 'truncated';
    else if (!this.sawLog || !this.sawEntries) this.fault = 'not-har';
  }

  private scan(): void {
    const buf = this.buf;
    let pos = this.pos;
    while (pos < buf.length && !this.fault) {
      if (this.captureStart >= 0) {
        pos = this.skipValue(buf, pos);
        continue;
      }
      if (this.inString) {
        const end = stringEnd(buf, pos);
        if (end < 0) {
          pos = buf.length;
          break;
        }
        pos = end + 1;
        this.inString = false;
        this.stringEnded(buf, end);
        continue;
      }
      this.structural(buf, pos);
      pos += 1;
    }
    this.pos = pos;
  }

  /**
   * The fast loop: inside a captured value only brackets and strings matter (JSON.parse checks
   * the rest), so strings are jumped over with indexOf and nothing else is looked at twice.
   */
  private skipValue(buf: string, from: number): number {
    const fresh = from === this.captureStart + 1 && this.carry === '' && !this.nestInString;
    if (this.captureKind === 'entry' && fresh && this.nest === 1) {
      const end = this.fastEntryEnd(buf, this.captureStart);
      if (end >= 0) return end + 1;
    }
    let pos = from;
    let nest = this.nest;
    const length = buf.length;
    if (this.nestInString) {
      const end = stringEnd(buf, pos);
      if (end < 0) return length;
      this.nestInString = false;
      pos = end + 1;
    }
    while (pos < length) {
      const c = buf.charCodeAt(pos);
      if (c === QUOTE) {
        const end = stringEnd(buf, pos + 1);
        if (end < 0) {
          this.nestInString = true;
          this.nest = nest;
          return length;
        }
        pos = end + 1;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) nest += 1;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        nest -= 1;
        if (nest === 0) {
          this.nest = 0;
          const value = parseOrFail(this.carry + buf.slice(this.captureStart, pos + 1));
          this.carry = '';
          this.emit(value === NOT_JSON ? undefined : value, pos);
          return pos + 1;
        }
      }
      pos += 1;
    }
    this.nest = nest;
    return length;
  }

  /**
   * The fast search (see the file's comment) for the end of the entry that starts at `start`:
   * the index of its `}`, with the entry emitted, or −1 when it is not found in `buf` (the entry
   * goes on in the next chunk, it is the last one, or the proofs failed).
   */
  private fastEntryEnd(buf: string, start: number): number {
    const gap = this.gap;
    if (gap === undefined || this.failedProofs >= MAX_FAILED_PROOFS) return -1;
    let from = start;
    for (let proofs = 0; proofs < 2;) {
      const at = buf.indexOf(gap, from);
      if (at < 0) return -1;
      from = at + 1;
      if (!this.startsWithFirstKey(buf, at + gap.length)) continue;
      const value = parseOrFail(buf.slice(start, at + 1));
      if (value !== NOT_JSON) {
        this.emit(value, at);
        return at;
      }
      proofs += 1;
      this.failedProofs += 1;
    }
    return -1;
  }

  /** Whether a key entries start with begins at `pos`, after any whitespace. */
  private startsWithFirstKey(buf: string, pos: number): boolean {
    let at = pos;
    for (let c = buf.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
      c = buf.charCodeAt((at += 1));
    }
    return this.firstKeys.some((key) => buf.startsWith(key, at));
  }

  private emit(value: unknown, close: number): void {
    this.captureStart = -1;
    if (this.captureKind === 'entry') {
      this.lastEntryClose = close;
      this.learnFirstKey(value);
      this.sink.entry(value);
    } else if (this.captureKind === 'page') this.sink.page(value);
    else if (this.metaKey) this.sink.meta(this.metaKey, value);
    const top = this.stack[this.stack.length - 1];
    if (top && !top.array) top.expectKey = false;
  }

  private learnFirstKey(value: unknown): void {
    if (this.firstKeys.length >= MAX_FIRST_KEYS || typeof value !== 'object' || value === null)
      return;
    for (const key in value) {
      const quoted = JSON.stringify(key);
      if (!this.firstKeys.includes(quoted)) this.firstKeys.push(quoted);
      return;
    }
  }

  private stringEnded(buf: string, quote: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.array && top.expectKey && this.stringStart >= 0) {
      top.lastKey = buf.slice(this.stringStart + 1, quote);
      top.expectKey = false;
    }
    this.stringStart = -1;
  }

  private structural(buf: string, pos: number): void {
    const c = buf.charCodeAt(pos);
    if (!this.started) {
      if (c === 0xfeff || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return;
      if (c !== OPEN_OBJECT) {
        // A list is JSON but no HAR; anything else is taken for text (a bare JSON number or
        // string, which no one saves as .har, included).
        this.fault = c === OPEN_ARRAY ? 'not-har' : 'not-json';
        return;
      }
      this.started = true;
    } else if (this.stack.length === 0 && c > 0x20) {
      // Anything after the root value closed.
      this.fault = 'not-json';
      return;
    }
    switch (c) {
      case QUOTE:
        this.inString = true;
        this.stringStart = pos;
        return;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        return this.open(c === OPEN_ARRAY, buf, pos);
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        return this.close(c === CLOSE_ARRAY);
      case COMMA: {
        const top = this.stack[this.stack.length - 1];
        if (top && !top.array) top.expectKey = true;
        return;
      }
      case COLON:
        return;
      default:
        if (!BARE.test(buf[pos]!)) this.fault = 'not-json';
    }
  }

  private open(array: boolean, buf: string, pos: number): void {
    const parent = this.stack[this.stack.length - 1];
    const key = parent && !parent.array ? parent.lastKey : '';
    if (this.stack.length === 1 && key === 'log') this.sawLog = !array;
    if (this.stack.length === 2 && key === 'entries' && this.stack[1]!.key === 'log')
      this.sawEntries = array;
    const kind = capturedAt(this.stack);
    const meta = this.stack.length === 2 && this.stack[1]!.key === 'log' ? metaKey(key) : undefined;
    if (kind === 'entry' && this.gap === undefined && this.lastEntryClose >= 0) {
      const gap = buf.slice(this.lastEntryClose, pos + 1);
      if (ENTRY_GAP.test(gap)) this.gap = gap;
    }
    if (kind || meta) {
      // Read whole by the fast loop; its brackets never reach the stack.
      this.captureStart = pos;
      this.captureKind = kind ?? 'meta';
      this.metaKey = meta;
      this.nest = 1;
      return;
    }
    this.stack.push({ array, key, expectKey: !array, lastKey: '' });
  }

  private close(array: boolean): void {
    const top = this.stack.pop();
    if (!top || top.array !== array) this.fault = 'not-json';
  }
}

/** The index of the quote that ends the string whose text starts at `from`, or −1. */
function stringEnd(buf: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = buf.indexOf('"', at);
    if (quote < 0) return -1;
    if (buf.charCodeAt(quote - 1) !== BACKSLASH) return quote;
    // The run of backslashes ends at the string's opening quote at the latest, which `buf` keeps.
    let slashes = 1;
    while (buf.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

function metaKey(key: string): 'creator' | 'browser' | undefined {
  return key === 'creator' || key === 'browser' ? key : undefined;
}
