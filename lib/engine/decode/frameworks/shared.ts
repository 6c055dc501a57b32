import { unzlibSync } from 'fflate';
import { cookieFormats, type CookieFormatId } from '../../knowledge/cookie-formats';
import type { FrameworkValue } from '../../model/report';
import { decodeBase64Url, decodeUtf8 } from '../base64url';
import { MAX_BLOB_JSON_DEPTH, parseJsonSafe } from '../safe-json';

/** A FrameworkValue from its knowledge row, with what the reader found on top. */
export function frameworkValue(
  format: CookieFormatId,
  found: Partial<Omit<FrameworkValue, 'format'>> = {},
): FrameworkValue {
  const { framework, holds, protection } = cookieFormats[format];
  const value: FrameworkValue = { format, framework, holds, protection };
  if (found.framework !== undefined) value.framework = found.framework;
  if (found.holds !== undefined) value.holds = found.holds;
  if (found.protection !== undefined) value.protection = found.protection;
  if (found.data !== undefined) value.data = found.data;
  if (found.compressed) value.compressed = true;
  return value;
}

/** A cookie value as the server reads it: `%xx` escapes undone (once), or as is if broken. */
export function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Base64 or base64url text → the bytes, or undefined. */
export function base64Bytes(text: string): Uint8Array | undefined {
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes : undefined;
}

/** UTF-8 JSON bytes → the parsed value (`{ ok: false }` when they are not JSON). */
export function jsonOf(
  bytes: Uint8Array | undefined,
): { ok: true; value: unknown } | { ok: false } {
  const text = bytes && decodeUtf8(bytes);
  if (text === undefined) return { ok: false };
  const parsed = parseJsonSafe(text, MAX_BLOB_JSON_DEPTH);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
}

/** Decompressed payloads beyond this are not inflated further (a cookie is at most 4 KB). */
const MAX_INFLATED = 256 * 1024;

/** Inflates into a bounded buffer: a zlib bomb fills it and is dropped, never grows memory. */
function inflate(bytes: Uint8Array): Uint8Array | undefined {
  try {
    const out = unzlibSync(bytes, { out: new Uint8Array(MAX_INFLATED + 1) });
    return out.length <= MAX_INFLATED ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON payload of a signed value (itsdangerous, django.core.signing): base64url, and
 * zlib-compressed first when `compressed` (both mark it with a leading '.').
 */
export function signedJsonPayload(
  payload: string,
  compressed: boolean,
): { ok: true; value: unknown } | { ok: false } {
  const raw = base64Bytes(payload);
  return jsonOf(compressed && raw ? inflate(raw) : raw);
}
