import { decodeJwt, decodeProtectedHeader, errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { toDecodeError } from '@/lib/engine/errors';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { DecodeErrorCode } from '@/lib/engine/model/report';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const header = b64('{"alg":"HS256"}');

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('toDecodeError: jose throws become our codes', () => {
  const utf8Payload = Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url');
  it.each([
    ['payload not base64url', decodeJwt, `${header}.a$b.sig`, 'ERR_BAD_BASE64URL', 'payload'],
    [
      'payload in base64, not base64url',
      decodeJwt,
      `${header}.e+0.sig`,
      'ERR_BAD_BASE64URL',
      'payload',
    ],
    [
      'payload not JSON',
      decodeJwt,
      `${header}.${b64('nope')}.sig`,
      'ERR_PAYLOAD_NOT_JSON',
      'payload',
    ],
    [
      'payload an array',
      decodeJwt,
      `${header}.${b64('[1]')}.sig`,
      'ERR_PAYLOAD_NOT_OBJECT',
      'payload',
    ],
    ['no payload', decodeJwt, `${header}..sig`, 'ERR_TRUNCATED', 'payload'],
    ['two parts', decodeJwt, `${header}.e30`, 'ERR_NOT_A_JWT', 'whole'],
    ['a JWE given to decodeJwt', decodeJwt, 'a.b.c.d.e', 'ERR_NOT_A_JWT', 'whole'],
    ['payload not UTF-8', decodeJwt, `${header}.${utf8Payload}.sig`, 'ERR_BAD_UTF8', 'payload'],
    [
      'header not JSON',
      decodeProtectedHeader,
      `${b64('nope')}.e30.sig`,
      'ERR_HEADER_NOT_JSON',
      'header',
    ],
    [
      'header an array',
      decodeProtectedHeader,
      `${b64('[1]')}.e30.sig`,
      'ERR_HEADER_NOT_OBJECT',
      'header',
    ],
    ['header not base64url', decodeProtectedHeader, 'a$b.e30.sig', 'ERR_BAD_BASE64URL', 'header'],
    ['header not UTF-8', decodeProtectedHeader, `${utf8Payload}.e30.sig`, 'ERR_BAD_UTF8', 'header'],
    ['four parts', decodeProtectedHeader, `${header}.e30.sig.x`, 'ERR_HEADER_NOT_OBJECT', 'header'],
  ] as const)('%s → %s', (_name, decode, token, code, part) => {
    const thrown = thrownBy(() => decode(token));
    // The class says which decoder refused: decodeJwt's JWTInvalid, decodeProtectedHeader's TypeError.
    if (decode === decodeJwt) expect(thrown).toBeInstanceOf(errors.JWTInvalid);
    else expect(thrown).toBeInstanceOf(TypeError);
    const value = toDecodeError(thrown, token);
    expect(value.code).toBe(code);
    expect(value.part).toBe(part);
  });

  it('the code does not depend on jose’s wording', () => {
    const token = `${header}.${b64('nope')}.sig`;
    const reworded = new errors.JWTInvalid('something else entirely');
    expect(toDecodeError(reworded, token).code).toBe('ERR_PAYLOAD_NOT_JSON');
    const badHeader = `${b64('nope')}.e30.sig`;
    expect(toDecodeError(new TypeError('reworded'), badHeader).code).toBe('ERR_HEADER_NOT_JSON');
  });

  it('a part given by the caller wins over the part of the reason', () => {
    const token = 'a$b.e30.sig.x.y';
    const thrown = thrownBy(() => decodeProtectedHeader(token));
    expect(toDecodeError(thrown, token, 'header')).toMatchObject({
      code: 'ERR_BAD_BASE64URL',
      part: 'header',
    });
  });

  it("an unknown jose error keeps jose's words as detail", () => {
    const value = toDecodeError(
      new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed'),
      'a.b.c',
    );
    expect(value.code).toBe('ERR_JOSE_REJECTED');
    expect(value.message.params?.detail).toMatch(/not allowed/);
  });

  it('anything else thrown (a string, undefined) still becomes a value', () => {
    expect(toDecodeError('boom', 'a.b.c').code).toBe('ERR_JOSE_REJECTED');
    expect(toDecodeError(undefined, 'a.b.c').code).toBe('ERR_JOSE_REJECTED');
  });
});

describe('every decode error code has a message', () => {
  // Typed as a Record over the union, so tsc fails here when a code is added without a row.
  const codes: Record<DecodeErrorCode, true> = {
    ERR_EMPTY: true,
    ERR_TOO_LARGE: true,
    ERR_NOT_A_JWT: true,
    ERR_TRUNCATED: true,
    ERR_BAD_BASE64URL: true,
    ERR_BAD_UTF8: true,
    ERR_HEADER_NOT_JSON: true,
    ERR_HEADER_NOT_OBJECT: true,
    ERR_PAYLOAD_NOT_JSON: true,
    ERR_PAYLOAD_NOT_OBJECT: true,
    ERR_TOO_DEEP: true,
    ERR_JOSE_REJECTED: true,
    ERR_BASIC_NO_COLON: true,
  };
  it.each(Object.keys(codes))('decode.%s is in the catalogue', (code) => {
    expect(Object.hasOwn(catalogue, `decode.${code}`)).toBe(true);
  });
});
