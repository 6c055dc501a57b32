/**
 * JSON parsing for hostile text: bounded depth, never throws, tells "cut off" apart from
 * "not JSON". `JSON.parse` already defines `__proto__` as an own data property (it never calls
 * the prototype setter), so parsed objects cannot pollute `Object.prototype`; the depth check
 * keeps every later recursive walk (claims, the UI tree) safe from 10,000-deep input.
 */

/** Deepest nesting accepted in a token payload or header. */
const MAX_TOKEN_JSON_DEPTH = 64;
/** Deepest nesting accepted in a stored blob (auth SDK caches nest a little deeper). */
export const MAX_BLOB_JSON_DEPTH = 128;

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'not-json' | 'truncated' | 'too-deep'; offset?: number };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

interface Shape {
  /** Offset where nesting first went past the limit, or -1. */
  tooDeepAt: number;
  /** Text ends inside a string or with containers still open. */
  unclosed: boolean;
}

function scanShape(text: string, maxDepth: number): Shape {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return { tooDeepAt: i, unclosed: false };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return { tooDeepAt: -1, unclosed: inString || depth > 0 };
}

/**
 * Parses JSON text with a depth limit.
 *
 * @example parseJsonSafe('{"a":1}') // { ok: true, value: { a: 1 } }
 * @example parseJsonSafe('{"a":1') // { ok: false, reason: 'truncated' }
 */
export function parseJsonSafe(text: string, maxDepth = MAX_TOKEN_JSON_DEPTH): JsonResult {
  // Nesting deeper than maxDepth needs more than 2 × maxDepth characters, so short text skips
  // the scan: most token payloads pay nothing for the limit.
  if (text.length > maxDepth * 2) {
    const shape = scanShape(text, maxDepth);
    if (shape.tooDeepAt >= 0) return { ok: false, reason: 'too-deep', offset: shape.tooDeepAt };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    if (scanShape(text, Number.MAX_SAFE_INTEGER).unclosed)
      return { ok: false, reason: 'truncated' };
    const position = e instanceof SyntaxError ? /position (\d+)/.exec(e.message) : null;
    return position
      ? { ok: false, reason: 'not-json', offset: Number(position[1]) }
      : { ok: false, reason: 'not-json' };
  }
}

/** A JSON object (not an array or null), as claims and headers must be. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
