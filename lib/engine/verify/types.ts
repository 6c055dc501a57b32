/**
 * What verifying a JWS signature can conclude, as plain data: a status, a stable reason code for
 * every failure, and where the key came from. The UI explains each code in ko and en through
 * `lib/engine/verify/messages.ts`; nothing here throws.
 */

/** Why Tokki could not say valid or invalid. */
export type VerifyErrorCode =
  /** The token is not a compact JWS (a JWE, not three parts, or an unreadable header). */
  | 'ERR_NOT_JWS'
  /** `alg: none`: there is no signature to check, so it is never valid. */
  | 'ERR_ALG_NONE'
  /** An algorithm Tokki (WebCrypto) cannot verify, or no `alg` at all. */
  | 'ERR_UNSUPPORTED_ALG'
  /** Nothing was pasted and the header carries no `x5c`. */
  | 'ERR_KEY_EMPTY'
  /** The paste is larger than any key or JWKS could reasonably be. */
  | 'ERR_KEY_TOO_LARGE'
  /** The paste looks like a PEM, JWK or JWKS (or base64 secret) but does not parse as one. */
  | 'ERR_KEY_UNPARSABLE'
  /** A private key was pasted; verification needs only the public key. */
  | 'ERR_PRIVATE_KEY'
  /** The key is of another type than the token's `alg` needs (RSA for ES256, PEM for HS256, …). */
  | 'ERR_KEY_ALG_MISMATCH'
  /** A JWKS holds no key that fits the token's `alg`. */
  | 'ERR_NO_MATCHING_KEY';

/** What the pasted text turned out to be. */
type KeyShape = 'secret' | 'pem-spki' | 'pem-certificate' | 'jwk' | 'jwks' | 'x5c';

/** Where the key came from: decides what "valid" can mean (an `x5c` key proves nothing alone). */
export type KeyFrom =
  /** Pasted by the user. */
  | 'paste'
  /** A JWKS the page itself fetched, read offline from a response body. */
  | 'page-body'
  /** The issuer's JWKS, fetched on the user's click (OpenID discovery from `iss`). */
  | 'issuer'
  /** The certificate embedded in the token's own header. */
  | 'x5c';

/** How the secret text of an HS* key is to be read. */
export type SecretEncoding = 'text' | 'base64' | 'base64url';

export interface VerifyOptions {
  /** HS* only: the pasted secret is UTF-8 text (default) or base64/base64url-encoded bytes. */
  secretEncoding?: SecretEncoding;
  /** Where `keyInput` came from (default `paste`); echoed in the result. */
  keyFrom?: Exclude<KeyFrom, 'x5c'>;
  /** The URL of the JWKS (`page-body`, `issuer`), echoed in the result. */
  keyUrl?: string;
  /** Use the certificate in the header's `x5c` even though a key was given. */
  useX5c?: boolean;
}

/** Which key verified (or was checked), so the UI can say "matched by kid" or "key 2 of 3". */
export interface KeyUsed {
  shape: KeyShape;
  kid?: string;
  /** Position in the JWKS `keys` array, counted from 0. */
  index?: number;
  /** `kid`: picked by the header's kid; `tried`: each suitable key was tried; `only`: one key. */
  by: 'kid' | 'tried' | 'only';
}

/** Remarks that change how the result reads. */
export type VerifyNote =
  /** The key came from the token itself: valid proves nothing unless the certificate is trusted. */
  | 'x5c-untrusted'
  /** The header's kid names no key in the JWKS, so every suitable key was tried. */
  | 'kid-not-in-jwks'
  /** A JWK carried private members; only its public part was used. */
  | 'private-jwk-ignored';

/** How a PEM key's bytes verified as an HMAC secret: the algorithm-confusion attack works. */
export type ConfusionForm =
  'pem-text' | 'der' | 'spki-pem-of-certificate' | 'spki-der-of-certificate';

interface Common {
  /** The header's `alg`, when it could be read. */
  alg?: string;
  keyFrom: KeyFrom;
  keyUrl?: string;
  notes: VerifyNote[];
}

interface VerifyValid extends Common {
  status: 'valid';
  key: KeyUsed;
}

interface VerifyInvalid extends Common {
  status: 'invalid';
  /** How many keys were tried (1 unless a JWKS offered several suitable keys). */
  tried: number;
  /** The key checked, when only one was. */
  key?: KeyUsed;
}

export interface VerifyError extends Common {
  status: 'error';
  code: VerifyErrorCode;
  /** A short machine-readable hint (`jwe`, `rsa-public-key-pkcs1`, the key's type, …). */
  detail?: string;
  /**
   * A public key offered for an HS* token, and the token verifies with that key's bytes as the
   * HMAC secret: the server accepts tokens anyone can forge (a critical finding, not a green tick).
   */
  algorithmConfusion?: boolean;
  confusionForm?: ConfusionForm;
}

export type VerifyResult = VerifyValid | VerifyInvalid | VerifyError;
