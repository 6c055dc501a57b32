/**
 * The readable forms of a cookie or storage value the user may want to see: URL-decoded,
 * base64-decoded (when that yields text), pretty JSON. Never throws; caps work on huge values.
 */
import { decodeBase64Url, decodeUtf8 } from '@/lib/engine/decode/base64url';

export interface ValueDecoding {
  kind: 'url' | 'base64' | 'json';
  text: string;
}

const MAX = 64 * 1024;
/** Shorter values are words or ids far more often than base64 worth showing. */
const MIN_BASE64 = 8;
/** Share of control or replacement characters above which decoded text counts as binary. */
const MAX_NOISE = 0.05;

/** Mostly printable characters: binary base64 "decodes" to noise, which helps nobody. */
function printable(text: string): boolean {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad += 1;
  }
  return text.length > 0 && bad / text.length < MAX_NOISE;
}

/** The value URL-decoded (`+` as space), when it holds an escape that changes it. */
function urlDecoded(value: string): string | undefined {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return undefined;
  try {
    const decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    return decoded === value ? undefined : decoded;
  } catch {
    // A lone % is common in page values; the raw text is what there is.
    return undefined;
  }
}

/** The value read as base64 or base64url (the engine's decoder), when that gives UTF-8 text. */
function base64Text(value: string): string | undefined {
  if (value.length < MIN_BASE64) return undefined;
  const bytes = decodeBase64Url(value);
  const text = bytes.ok ? decodeUtf8(bytes.bytes) : undefined;
  return text !== undefined && printable(text) ? text : undefined;
}

/** The text as indented JSON, when it is a JSON object or array. */
function prettyJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    // Not JSON after all: the text forms before it are what there is.
    return undefined;
  }
}

/**
 * Lists the decodings that change something, in the order they apply: each works on the result
 * of the one before.
 *
 * @example valueDecodings('eyJhIjoxfQ%3D%3D').map((d) => d.kind) // ['url', 'base64', 'json']
 */
export function valueDecodings(raw: string): ValueDecoding[] {
  const out: ValueDecoding[] = [];
  let current = raw.length > MAX ? raw.slice(0, MAX) : raw;
  const url = urlDecoded(current);
  if (url !== undefined) {
    out.push({ kind: 'url', text: url });
    current = url;
  }
  const base64 = base64Text(current);
  if (base64 !== undefined) {
    out.push({ kind: 'base64', text: base64 });
    current = base64;
  }
  const json = prettyJson(current);
  if (json !== undefined) out.push({ kind: 'json', text: json });
  return out;
}
