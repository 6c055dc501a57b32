/**
 * One word for what a paste is, for the Decoder's headline and for tests (`data-kind`): a token
 * format, a value with no format and its shape, not a token at all, or several values.
 */
import type { DecodedItem } from './decoded-item';

export type DecoderKind =
  | 'empty'
  | 'not-a-token'
  | 'url'
  | 'lookalike'
  | 'tokens'
  | 'jwt'
  | 'jwe'
  | 'nested-jwt'
  | 'nested-jwe'
  | 'paseto'
  | 'fernet'
  | 'branca'
  | 'framework'
  | 'basic'
  | 'digest'
  | 'negotiate'
  | 'malformed'
  | 'uuid'
  | 'hex-digest'
  | 'base64-json'
  | 'base64-text'
  | 'opaque';

/** Kinds that name a credential format: a look-alike fixed into one of these is worth showing. */
const FORMATS: ReadonlySet<DecoderKind> = new Set([
  'tokens',
  'jwt',
  'jwe',
  'nested-jwt',
  'nested-jwe',
  'paseto',
  'fernet',
  'branca',
  'framework',
  'basic',
  'digest',
  'negotiate',
  'uuid',
  'base64-json',
]);

/** True when `kind` is a credential format or a value of known shape. */
export function isFormatKind(kind: DecoderKind): boolean {
  return FORMATS.has(kind);
}

/**
 * A bare value the framework table read as cookie-session only because it is base64 JSON (no
 * cookie name said so): base64 JSON is what it surely is.
 */
export function isBareBase64Json(item: DecodedItem): boolean {
  return item.decoded.framework?.format === 'cookie-session' && item.assumedName !== undefined;
}

function itemKind(item: DecodedItem): DecoderKind {
  if (item.look) {
    const look = item.look.kind;
    return look === 'punctuation' || look === 'word' || look === 'text' ? 'not-a-token' : look;
  }
  if (item.paseto) return 'paseto';
  if (item.sealed) return item.sealed.format;
  if (item.nested) return 'nested-jwt';
  if (item.encryptsJwt) return 'nested-jwe';
  if (isBareBase64Json(item)) return 'base64-json';
  if (item.decoded.framework) return 'framework';
  switch (item.decoded.format) {
    case 'jws':
      return 'jwt';
    case 'jwe':
    case 'basic':
    case 'digest':
    case 'negotiate':
    case 'malformed':
    case 'opaque':
      return item.decoded.format;
  }
}

/**
 * The kind of a paste from the values read in it.
 *
 * @example kindOf([]) // 'empty'
 */
export function kindOf(items: DecodedItem[]): DecoderKind {
  if (items.length === 0) return 'empty';
  if (items.length > 1) return 'tokens';
  return itemKind(items[0]!);
}
