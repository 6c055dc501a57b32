import { decodeBase64Url } from '../decode/base64url';
import { isJsonObject, parseJsonSafe } from '../decode/safe-json';

/** A compact JWS split into what verification needs. */
export interface JwsParts {
  header: Record<string, unknown>;
  /** The header's `alg` as written (may be missing or not a string). */
  alg: unknown;
  /** `base64url(header) "." base64url(payload)`, the bytes the signature covers (RFC 7515 §5.2). */
  signingInput: Uint8Array;
  signature: Uint8Array;
}

type JwsPartsResult = { ok: true; parts: JwsParts } | { ok: false; detail: string };

/** Longest token the verifier reads; longer input is not a token a browser carried. */
const MAX_TOKEN_LENGTH = 256 * 1024;

/**
 * Splits a compact JWS leniently (jose refuses `alg: none` and empty signatures before we could
 * say why); the caller decides what the header means.
 *
 * @example splitJws('eyJhbGciOiJIUzI1NiJ9.e30.sig') // { ok: true, parts: { alg: 'HS256', … } }
 */
export function splitJws(token: string): JwsPartsResult {
  const text = token.trim();
  if (text.length > MAX_TOKEN_LENGTH) return { ok: false, detail: 'too-long' };
  const pieces = text.split('.');
  if (pieces.length === 5) return { ok: false, detail: 'jwe' };
  if (pieces.length !== 3) return { ok: false, detail: 'not-three-parts' };
  const [head, payload, sig] = pieces as [string, string, string];
  const headerBytes = decodeBase64Url(head);
  if (!headerBytes.ok || head === '') return { ok: false, detail: 'header-not-base64url' };
  const header = parseObject(new TextDecoder().decode(headerBytes.bytes));
  if (!header) return { ok: false, detail: 'header-not-json' };
  const signature = decodeBase64Url(sig);
  if (!signature.ok) return { ok: false, detail: 'signature-not-base64url' };
  return {
    ok: true,
    parts: {
      header,
      alg: header.alg,
      signingInput: asciiBytes(`${head}.${payload}`),
      signature: signature.bytes,
    },
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  const parsed = parseJsonSafe(text);
  return parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined;
}

/** base64url text is ASCII, so each character is one byte. */
function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
