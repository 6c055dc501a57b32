import { algorithmNeeds, isAlgNone, isHmacAlg } from './algorithms';
import { findAlgorithmConfusion } from './alg-confusion';
import { checkSignature, importJwkFor, importPemFor, type CheckOutcome } from './jose-check';
import { chooseJwksKeys, jwkMisfit, publicJwk } from './jwk-fit';
import { splitJws, type JwsParts } from './jws-parts';
import { parseKeyInput, secretBytes, type Jwk, type ParsedKey } from './key-input';
import type {
  KeyUsed,
  VerifyError,
  VerifyErrorCode,
  VerifyNote,
  VerifyOptions,
  VerifyResult,
} from './types';
import { x5cCertificatePem } from './x5c';

/** What every result of one call shares. */
interface Context {
  token: string;
  parts: JwsParts;
  alg: string;
  base: { alg: string; keyFrom: VerifyResult['keyFrom']; keyUrl?: string };
  options: VerifyOptions;
}

/**
 * Verifies a compact JWS with a key the user gives (an HMAC secret, a PEM public key or
 * certificate, a JWK or a JWKS), or with the certificate in the header's `x5c`. Never throws:
 * every failure is an `error` result with a reason code. `alg: none` is never valid, and a PEM
 * public key offered for an HS* token is refused, with `algorithmConfusion` set when the token
 * verifies under that key's bytes as the HMAC secret.
 *
 * @example await verifyJws(token, 'your-256-bit-secret') // { status: 'valid', key: { shape: 'secret', … } }
 */
export async function verifyJws(
  token: string,
  keyInput: string,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const keyFrom = options.keyFrom ?? 'paste';
  const where = { keyFrom, ...(options.keyUrl ? { keyUrl: options.keyUrl } : {}), notes: [] };
  const split = splitJws(token);
  if (!split.ok) return { status: 'error', code: 'ERR_NOT_JWS', detail: split.detail, ...where };
  const { alg } = split.parts;
  if (isAlgNone(alg)) return { status: 'error', code: 'ERR_ALG_NONE', alg: String(alg), ...where };
  if (typeof alg !== 'string' || !algorithmNeeds(alg)) {
    const detail = typeof alg === 'string' ? alg : 'missing';
    return { status: 'error', code: 'ERR_UNSUPPORTED_ALG', detail, ...where };
  }
  const ctx: Context = {
    token: token.trim(),
    parts: split.parts,
    alg,
    base: { alg, keyFrom, ...(options.keyUrl ? { keyUrl: options.keyUrl } : {}) },
    options,
  };
  if (options.useX5c || (keyInput.trim() === '' && split.parts.header.x5c !== undefined)) {
    return verifyWithX5c(ctx);
  }
  const parsed = parseKeyInput(keyInput);
  if (!parsed.ok) return fail(ctx, parsed.code, parsed.detail);
  return verifyWithKey(ctx, parsed.key);
}

function fail(
  ctx: Context,
  code: VerifyErrorCode,
  detail?: string,
  notes: VerifyNote[] = [],
): VerifyError {
  return { status: 'error', code, ...(detail ? { detail } : {}), ...ctx.base, notes };
}

function fromCheck(
  ctx: Context,
  check: CheckOutcome,
  key: KeyUsed,
  notes: VerifyNote[] = [],
): VerifyResult {
  if (check.status === 'error') return fail(ctx, check.code, check.detail, notes);
  return check.status === 'valid'
    ? { status: 'valid', key, ...ctx.base, notes }
    : { status: 'invalid', tried: 1, key, ...ctx.base, notes };
}

async function verifyWithKey(ctx: Context, key: ParsedKey): Promise<VerifyResult> {
  switch (key.shape) {
    case 'secret':
      return verifyWithSecret(ctx, key.text);
    case 'pem-spki':
    case 'pem-certificate':
      return verifyWithPem(ctx, key);
    case 'jwk':
      return verifyWithJwk(ctx, key.jwk);
    case 'jwks':
      return verifyWithJwks(ctx, key.keys);
  }
}

async function verifyWithSecret(ctx: Context, text: string): Promise<VerifyResult> {
  // Text that is no PEM or JSON cannot be a public key: an RS/ES/PS/EdDSA token needs one.
  if (!isHmacAlg(ctx.alg)) return fail(ctx, 'ERR_KEY_ALG_MISMATCH', 'secret');
  const encoding = ctx.options.secretEncoding ?? 'text';
  const bytes = secretBytes(text, encoding);
  if (!bytes) return fail(ctx, 'ERR_KEY_UNPARSABLE', encoding);
  if (bytes.length === 0) return fail(ctx, 'ERR_KEY_EMPTY');
  const check = await checkSignature(ctx.token, bytes, ctx.alg);
  return fromCheck(ctx, check, { shape: 'secret', by: 'only' });
}

async function verifyWithPem(
  ctx: Context,
  key: Extract<ParsedKey, { shape: 'pem-spki' | 'pem-certificate' }>,
): Promise<VerifyResult> {
  if (isHmacAlg(ctx.alg)) {
    const form = await findAlgorithmConfusion(ctx.parts, ctx.alg, key);
    const result = fail(ctx, 'ERR_KEY_ALG_MISMATCH', key.shape);
    return form ? { ...result, algorithmConfusion: true, confusionForm: form } : result;
  }
  const imported = await importPemFor(key.pem, key.shape, ctx.alg);
  if (!imported.ok) return fail(ctx, imported.code, imported.detail);
  const check = await checkSignature(ctx.token, imported.key, ctx.alg);
  return fromCheck(ctx, check, { shape: key.shape, by: 'only' });
}

async function verifyWithJwk(ctx: Context, raw: Jwk): Promise<VerifyResult> {
  const misfit = jwkMisfit(raw, ctx.alg);
  if (misfit) return fail(ctx, 'ERR_KEY_ALG_MISMATCH', misfit);
  const { jwk, hadPrivate } = publicJwk(raw);
  const notes: VerifyNote[] = hadPrivate ? ['private-jwk-ignored'] : [];
  const imported = await importJwkFor(jwk, ctx.alg);
  if (!imported.ok) return fail(ctx, imported.code, imported.detail, notes);
  const check = await checkSignature(ctx.token, imported.key, ctx.alg);
  const used: KeyUsed = {
    shape: 'jwk',
    by: 'only',
    ...(typeof jwk.kid === 'string' ? { kid: jwk.kid } : {}),
  };
  return fromCheck(ctx, check, used, notes);
}

async function verifyWithJwks(ctx: Context, keys: Jwk[]): Promise<VerifyResult> {
  const choice = chooseJwksKeys(keys, ctx.alg, ctx.parts.header.kid);
  if (choice.candidates.length === 0) {
    return fail(ctx, 'ERR_NO_MATCHING_KEY', String(keys.length));
  }
  const notes: VerifyNote[] = choice.kidMissing ? ['kid-not-in-jwks'] : [];
  let tried = 0;
  let lastError: CheckOutcome | undefined;
  for (const { jwk: raw, used } of choice.candidates) {
    const { jwk, hadPrivate } = publicJwk(raw);
    if (hadPrivate && !notes.includes('private-jwk-ignored')) notes.push('private-jwk-ignored');
    const imported = await importJwkFor(jwk, ctx.alg);
    if (!imported.ok) {
      lastError = { status: 'error', code: imported.code, detail: imported.detail ?? 'jwk' };
      continue;
    }
    const check = await checkSignature(ctx.token, imported.key, ctx.alg);
    if (check.status === 'valid') return fromCheck(ctx, check, used, notes);
    if (check.status === 'invalid') tried++;
    else lastError = check;
  }
  if (tried > 0) {
    const only = choice.candidates.length === 1 ? { key: choice.candidates[0]!.used } : {};
    return { status: 'invalid', tried, ...only, ...ctx.base, notes };
  }
  return lastError?.status === 'error'
    ? fail(ctx, lastError.code, lastError.detail, notes)
    : fail(ctx, 'ERR_NO_MATCHING_KEY', String(keys.length), notes);
}

async function verifyWithX5c(ctx: Context): Promise<VerifyResult> {
  const base = { ...ctx, base: { ...ctx.base, keyFrom: 'x5c' as const } };
  delete base.base.keyUrl;
  const notes: VerifyNote[] = ['x5c-untrusted'];
  const pem = x5cCertificatePem(ctx.parts.header);
  if (ctx.parts.header.x5c === undefined) return fail(base, 'ERR_KEY_EMPTY', 'no-x5c');
  if (!pem) return fail(base, 'ERR_KEY_UNPARSABLE', 'x5c', notes);
  if (isHmacAlg(ctx.alg)) return fail(base, 'ERR_KEY_ALG_MISMATCH', 'x5c', notes);
  const imported = await importPemFor(pem, 'pem-certificate', ctx.alg);
  if (!imported.ok) return fail(base, imported.code, imported.detail, notes);
  const check = await checkSignature(ctx.token, imported.key, ctx.alg);
  return fromCheck(base, check, { shape: 'x5c', by: 'only' }, notes);
}
