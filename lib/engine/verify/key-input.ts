import { decodeBase64Url } from '../decode/base64url';
import { isJsonObject, parseJsonSafe } from '../decode/safe-json';
import type { VerifyErrorCode } from './types';

/** Largest paste read as a key: a JWKS with certificate chains stays far below it. */
export const MAX_KEY_INPUT_LENGTH = 128 * 1024;

export type Jwk = Record<string, unknown>;

/** What a pasted key turned out to be. */
export type ParsedKey =
  | { shape: 'secret'; text: string }
  | { shape: 'pem-spki' | 'pem-certificate'; pem: string; der: Uint8Array; text: string }
  | { shape: 'jwk'; jwk: Jwk }
  | { shape: 'jwks'; keys: Jwk[] };

type ParsedKeyResult =
  { ok: true; key: ParsedKey } | { ok: false; code: VerifyErrorCode; detail?: string };

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \1-----/;

/**
 * Reads pasted key text: a PEM block (public key or certificate), a JWK or JWKS (JSON), or else an
 * HMAC secret. Private keys are refused: verifying needs only the public key, and a private key
 * should not be pasted into any tool.
 *
 * @example parseKeyInput('{"keys":[]}') // { ok: true, key: { shape: 'jwks', keys: [] } }
 */
export function parseKeyInput(input: string): ParsedKeyResult {
  if (input.length > MAX_KEY_INPUT_LENGTH) {
    return { ok: false, code: 'ERR_KEY_TOO_LARGE', detail: String(input.length) };
  }
  const text = input.trim();
  if (text === '') return { ok: false, code: 'ERR_KEY_EMPTY' };
  if (text.includes('-----BEGIN')) return parsePem(input);
  if (text.startsWith('{')) return parseJsonKey(text);
  // Line breaks around a pasted secret come from the textarea, not the secret.
  return { ok: true, key: { shape: 'secret', text: input.replace(/^[\r\n]+|[\r\n]+$/g, '') } };
}

function parsePem(input: string): ParsedKeyResult {
  const match = PEM_BLOCK.exec(input);
  if (!match) return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: 'pem-incomplete' };
  const label = match[1]!;
  if (label.includes('PRIVATE KEY')) return { ok: false, code: 'ERR_PRIVATE_KEY', detail: label };
  const shape =
    label === 'PUBLIC KEY' ? 'pem-spki' : label === 'CERTIFICATE' ? 'pem-certificate' : undefined;
  if (!shape) return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: label };
  const body = match[2]!.replace(/\s+/g, '');
  const der = decodeBase64Url(body);
  if (!der.ok || body === '')
    return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: 'pem-base64' };
  const pem = `-----BEGIN ${label}-----\n${wrap64(body)}\n-----END ${label}-----`;
  return { ok: true, key: { shape, pem, der: der.bytes, text: match[0] } };
}

function wrap64(body: string): string {
  return body.replace(/(.{64})(?=.)/g, '$1\n');
}

function parseJsonKey(text: string): ParsedKeyResult {
  const parsed = parseJsonSafe(text);
  if (!parsed.ok || !isJsonObject(parsed.value)) {
    return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: 'json' };
  }
  const value = parsed.value;
  if (Array.isArray(value.keys)) {
    return { ok: true, key: { shape: 'jwks', keys: value.keys.filter(isJsonObject) } };
  }
  if (typeof value.kty === 'string') return { ok: true, key: { shape: 'jwk', jwk: value } };
  return { ok: false, code: 'ERR_KEY_UNPARSABLE', detail: 'json-not-jwk' };
}

/** The bytes of an HMAC secret as the user said to read it; undefined when it does not decode. */
export function secretBytes(
  text: string,
  encoding: 'text' | 'base64' | 'base64url',
): Uint8Array | undefined {
  if (encoding === 'text') return new TextEncoder().encode(text);
  const decoded = decodeBase64Url(text.trim());
  return decoded.ok ? decoded.bytes : undefined;
}
