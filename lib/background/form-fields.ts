/**
 * Form fields of token and refresh endpoints (`grant_type=refresh_token`, `refresh_token=…`).
 * Only credential-relevant fields are kept; passwords never are.
 */
import { MAX_BODY_BYTES, MAX_FIELD_VALUE, capText } from './constants';

/** Fields worth keeping: they show a token flow or carry a token. */
const TOKEN_FIELDS = new Set([
  'grant_type',
  'refresh_token',
  'access_token',
  'id_token',
  'token',
  'token_type_hint',
  'code',
  'code_verifier',
  'client_id',
  'scope',
  'redirect_uri',
  'assertion',
  'subject_token',
  'subject_token_type',
  'device_code',
  'response_type',
  'jwt',
]);

/** A webRequest requestBody, as both browsers shape it. */
export interface RawRequestBody {
  formData?: Record<string, unknown>;
  raw?: readonly { bytes?: ArrayBuffer }[];
  error?: string;
}

function keepFields(entries: Iterable<[string, unknown]>): Record<string, string[]> | undefined {
  let kept: Record<string, string[]> | undefined;
  for (const [name, raw] of entries) {
    if (!TOKEN_FIELDS.has(name.toLowerCase())) continue;
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((value): value is string | number | boolean =>
        ['string', 'number', 'boolean'].includes(typeof value),
      )
      .map((value) => capText(String(value), MAX_FIELD_VALUE));
    if (values.length === 0) continue;
    // A null-prototype record: page-chosen field names such as __proto__ stay plain keys.
    kept ??= Object.create(null) as Record<string, string[]>;
    kept[name] = [...(kept[name] ?? []), ...values];
  }
  return kept;
}

function decodeRaw(raw: readonly { bytes?: ArrayBuffer }[]): string | undefined {
  let size = 0;
  for (const part of raw) size += part.bytes?.byteLength ?? 0;
  if (size === 0 || size > MAX_BODY_BYTES) return undefined;
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of raw) {
    if (!part.bytes) continue;
    joined.set(new Uint8Array(part.bytes), offset);
    offset += part.bytes.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return undefined;
  }
}

function fieldsOfText(text: string): Record<string, string[]> | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return keepFields(Object.entries(parsed));
      }
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (!trimmed.includes('=')) return undefined;
  return keepFields(new URLSearchParams(trimmed).entries());
}

/**
 * The token-flow fields of a request body: parsed form data (both browsers parse
 * urlencoded and multipart bodies into `formData`), or a raw JSON / urlencoded body up to
 * MAX_BODY_BYTES. Undefined when the body has none.
 *
 * @example tokenFormFields({ formData: { grant_type: ['refresh_token'], password: ['x'] } })
 * // { grant_type: ['refresh_token'] }
 */
export function tokenFormFields(
  body: RawRequestBody | undefined | null,
): Record<string, string[]> | undefined {
  if (!body || typeof body !== 'object') return undefined;
  if (body.formData && typeof body.formData === 'object')
    return keepFields(Object.entries(body.formData));
  if (Array.isArray(body.raw)) {
    const text = decodeRaw(body.raw);
    return text === undefined ? undefined : fieldsOfText(text);
  }
  return undefined;
}
