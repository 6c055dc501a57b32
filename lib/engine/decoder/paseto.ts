/**
 * PASETO (paseto-standard/paseto-spec): `v1`–`v4`, `public` (signed: the payload is readable
 * JSON claims followed by the signature) and `local` (encrypted: a nonce, the ciphertext and a
 * tag). Read without any key: the claims and footer of a public token are shown, never trusted;
 * a local token is named as encrypted. A token that claims to be PASETO and breaks the layout of
 * its version says why.
 */
import { decodeBase64Url, decodeUtf8 } from '@/lib/engine/decode/base64url';
import { isJsonObject, parseJsonSafe } from '@/lib/engine/decode/safe-json';

type PasetoProblem =
  | 'unknown-version'
  | 'unknown-purpose'
  | 'parts'
  | 'bad-base64url'
  | 'too-short'
  | 'payload-not-json';

export interface PasetoFooter {
  text?: string;
  json?: Record<string, unknown>;
  bytes: number;
}

export interface PasetoReading {
  version: string;
  purpose: string;
  /** What is wrong, when the token breaks its version's layout. */
  problem?: { code: PasetoProblem; part?: 'body' | 'footer'; need?: number; got?: number };
  footer?: PasetoFooter;
  /** A public token's readable message and its signature's length. */
  signed?: {
    algorithm: string;
    claims?: Record<string, unknown>;
    /** The message as text when it is not a JSON object. */
    text?: string;
    signatureBytes: number;
  };
  /** A local token's nonce (hex) and sizes; the content stays encrypted. */
  encrypted?: { algorithm: string; nonce: string; ciphertextBytes: number; tagBytes: number };
}

interface VersionLayout {
  signature: number;
  signedBy: string;
  nonce: number;
  tag: number;
  encryptedBy: string;
}

/** Byte lengths from the spec's Version1–4 documents (the tag of v2 is Poly1305's, inside `c`). */
const LAYOUT: Readonly<Record<string, VersionLayout>> = {
  v1: {
    signature: 256,
    signedBy: 'RSASSA-PSS (RSA-2048, SHA-384)',
    nonce: 32,
    tag: 48,
    encryptedBy: 'AES-256-CTR + HMAC-SHA384',
  },
  v2: { signature: 64, signedBy: 'Ed25519', nonce: 24, tag: 16, encryptedBy: 'XChaCha20-Poly1305' },
  v3: {
    signature: 96,
    signedBy: 'ECDSA P-384 (SHA-384)',
    nonce: 32,
    tag: 48,
    encryptedBy: 'AES-256-CTR + HMAC-SHA384',
  },
  v4: {
    signature: 64,
    signedBy: 'Ed25519',
    nonce: 32,
    tag: 32,
    encryptedBy: 'XChaCha20 + BLAKE2b-MAC',
  },
};

/** `v<digits>.` then a purpose-like word and a dot: a value that means to be PASETO. */
const PASETO_LIKE = /^v(\d{1,3})\.([a-z]{2,12})\./i;
const B64URL = /^[A-Za-z0-9_-]*$/;

function bytesOf(encoded: string): Uint8Array | undefined {
  if (!B64URL.test(encoded) || encoded.length % 4 === 1) return undefined;
  const decoded = decodeBase64Url(encoded);
  return decoded.ok ? decoded.bytes : undefined;
}

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || !text.trimStart().startsWith('{')) return undefined;
  const parsed = parseJsonSafe(text);
  return parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined;
}

function readFooter(encoded: string): PasetoFooter | undefined {
  const bytes = bytesOf(encoded);
  if (!bytes) return undefined;
  const text = decodeUtf8(bytes);
  const json = jsonObject(text);
  return {
    bytes: bytes.length,
    ...(text === undefined ? {} : { text }),
    ...(json ? { json } : {}),
  };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function readPublic(body: Uint8Array, layout: VersionLayout): Partial<PasetoReading> {
  if (body.length < layout.signature) {
    return {
      problem: { code: 'too-short', part: 'body', need: layout.signature, got: body.length },
    };
  }
  const message = body.subarray(0, body.length - layout.signature);
  const text = decodeUtf8(message);
  const claims = jsonObject(text);
  const signed = {
    algorithm: layout.signedBy,
    signatureBytes: layout.signature,
    ...(claims ? { claims } : text === undefined ? {} : { text }),
  };
  // The spec's payloads are JSON objects; anything else is a wrong split or a broken token.
  return claims ? { signed } : { signed, problem: { code: 'payload-not-json', part: 'body' } };
}

function readLocal(body: Uint8Array, layout: VersionLayout): Partial<PasetoReading> {
  const need = layout.nonce + layout.tag;
  if (body.length < need)
    return { problem: { code: 'too-short', part: 'body', need, got: body.length } };
  const encrypted = {
    algorithm: layout.encryptedBy,
    nonce: hex(body.subarray(0, layout.nonce)),
    ciphertextBytes: body.length - need,
    tagBytes: layout.tag,
  };
  return { encrypted };
}

/**
 * Reads `value` as PASETO when it starts like one (`v4.public.`, `v2.local.`, `v9.local.`);
 * undefined for any other value.
 *
 * @example readPaseto('v4.local.AAAA…')?.encrypted?.algorithm // 'XChaCha20 + BLAKE2b-MAC'
 */
export function readPaseto(value: string): PasetoReading | undefined {
  const head = PASETO_LIKE.exec(value);
  if (!head) return undefined;
  const version = `v${head[1]}`;
  const purpose = head[2]!;
  const layout = LAYOUT[version];
  if (!layout) return { version, purpose, problem: { code: 'unknown-version' } };
  if (purpose !== 'public' && purpose !== 'local') {
    return { version, purpose, problem: { code: 'unknown-purpose' } };
  }
  const parts = value.split('.');
  if (parts.length < 3 || parts.length > 4) {
    return { version, purpose, problem: { code: 'parts', got: parts.length } };
  }
  const base = { version, purpose };
  const footer = parts[3] === undefined || parts[3] === '' ? undefined : readFooter(parts[3]);
  if (parts[3] && !footer) return { ...base, problem: { code: 'bad-base64url', part: 'footer' } };
  const withFooter = footer ? { ...base, footer } : base;
  const body = bytesOf(parts[2]!);
  if (!body) return { ...withFooter, problem: { code: 'bad-base64url', part: 'body' } };
  const read = purpose === 'public' ? readPublic(body, layout) : readLocal(body, layout);
  return { ...withFooter, ...read };
}

const ISO_TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

/**
 * PASETO writes `exp`, `nbf` and `iat` as ISO 8601 strings (spec: Registered Claims); the
 * engine's expiry reads NumericDate seconds, as JWT has them. The same claims, as seconds.
 */
export function pasetoTimes(claims: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of ISO_TIME_CLAIMS) {
    const value = claims[name];
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isFinite(ms)) out[name] = ms / 1000;
  }
  return out;
}
