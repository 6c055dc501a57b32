/**
 * What a value is once its wrappings are undone: a URL, JSON, base64 JSON, or none of these.
 * Randomness is judged only on values that are none of these: a percent-encoded URL is full of
 * `%2F` and hex digits and looks random, but it is an address, not a secret.
 */
import { decodeBase64Url, decodeUtf8 } from './base64url';
import { parseJsonSafe } from './safe-json';

export type ValueShape = 'url' | 'json' | 'base64-json';

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/i;
/** A site-relative path with at least one more character (`/dashboard`, `/?next=1`). */
const RELATIVE_PATH = /^\/[^/\s][^\s]*$|^\/$/;
const BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;

function peel(raw: string): string {
  let value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  for (let round = 0; round < 2 && /%[0-9a-f]{2}/i.test(value); round++) {
    try {
      const decoded = decodeURIComponent(value);
      if (decoded === value) break;
      value = decoded.trim();
    } catch {
      break;
    }
  }
  return value.startsWith('j:') ? value.slice(2) : value;
}

function isJsonText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 0x7b && c !== 0x5b) return false;
  const parsed = parseJsonSafe(text, 16);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null;
}

/**
 * The shape of a cookie or storage value after percent-decoding (twice at most), unquoting and
 * Express's `j:` prefix; undefined for anything else (ids, tokens, random strings).
 *
 * @example valueShape('http%3A%2F%2Flocalhost%3A3000%2Fdashboard') // 'url'
 * @example valueShape('eyJ0aGVtZSI6ImRhcmsifQ') // 'base64-json'
 * @example valueShape('3f2a9c0d1e4b5a6f7c8d') // undefined
 */
export function valueShape(raw: string): ValueShape | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 64 * 1024) return undefined;
  const value = peel(raw);
  if (ABSOLUTE_URL.test(value) || RELATIVE_PATH.test(value)) return 'url';
  if (isJsonText(value)) return 'json';
  if (BASE64.test(value)) {
    const bytes = decodeBase64Url(value);
    const text = bytes.ok ? decodeUtf8(bytes.bytes) : undefined;
    if (text !== undefined && isJsonText(text.trim())) return 'base64-json';
  }
  return undefined;
}
