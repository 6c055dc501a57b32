/**
 * Form fields of token and refresh endpoints (`grant_type=refresh_token`, `refresh_token=…`).
 * Only credential-relevant fields are kept; passwords never are.
 */
import { keepTokenFields, tokenFieldsOfText } from '@/lib/engine/decode/token-form-fields';
import { MAX_BODY_BYTES, MAX_FIELD_VALUE, capText } from './constants';

const capField = (value: string) => capText(value, MAX_FIELD_VALUE);

/** A webRequest requestBody, as both browsers shape it. */
export interface RawRequestBody {
  formData?: Record<string, unknown>;
  raw?: readonly { bytes?: ArrayBuffer }[];
  error?: string;
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
    return keepTokenFields(Object.entries(body.formData), capField);
  if (Array.isArray(body.raw)) {
    const text = decodeRaw(body.raw);
    return text === undefined ? undefined : tokenFieldsOfText(text, capField);
  }
  return undefined;
}
