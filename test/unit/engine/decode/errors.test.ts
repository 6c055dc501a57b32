import { decodeJwt, decodeProtectedHeader, errors } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  DecodeFailure,
  StrictDecodeRejected,
  TokkiError,
  toDecodeError,
  wrapError,
} from '@/lib/engine/errors';
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

describe('TokkiError', () => {
  it('carries a stable code, its class name and its cause', () => {
    const cause = new Error('underlying');
    const e = new DecodeFailure('ERR_BAD_UTF8', { part: 'payload', cause });
    expect(e).toBeInstanceOf(TokkiError);
    expect(e.name).toBe('DecodeFailure');
    expect(e.code).toBe('ERR_BAD_UTF8');
    expect(e.cause).toBe(cause);
    expect(e.toValue()).toEqual({
      code: 'ERR_BAD_UTF8',
      part: 'payload',
      message: { key: 'decode.ERR_BAD_UTF8', params: { part: 'payload' } },
    });
  });
});

describe('wrapError: jose throws become our codes', () => {
  it.each([
    ['payload not base64url', () => decodeJwt(`${header}.a$b.sig`), 'ERR_BAD_BASE64URL', 'payload'],
    [
      'payload not JSON',
      () => decodeJwt(`${header}.${b64('nope')}.sig`),
      'ERR_PAYLOAD_NOT_JSON',
      'payload',
    ],
    [
      'payload an array',
      () => decodeJwt(`${header}.${b64('[1]')}.sig`),
      'ERR_PAYLOAD_NOT_OBJECT',
      'payload',
    ],
    ['no payload', () => decodeJwt(`${header}..sig`), 'ERR_TRUNCATED', 'payload'],
    ['two parts', () => decodeJwt(`${header}.e30`), 'ERR_NOT_A_JWT', 'whole'],
    ['a JWE given to decodeJwt', () => decodeJwt('a.b.c.d.e'), 'ERR_NOT_A_JWT', 'whole'],
    [
      'payload not UTF-8',
      () => decodeJwt(`${header}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.sig`),
      'ERR_BAD_UTF8',
      'payload',
    ],
    [
      'header not JSON (a TypeError)',
      () => decodeProtectedHeader(`${b64('nope')}.e30.sig`),
      'ERR_HEADER_NOT_JSON',
      'header',
    ],
    [
      'header an array (a TypeError)',
      () => decodeProtectedHeader(`${b64('[1]')}.e30.sig`),
      'ERR_HEADER_NOT_OBJECT',
      'header',
    ],
    [
      'header not base64url (a TypeError)',
      () => decodeProtectedHeader('a$b.e30.sig'),
      'ERR_BAD_BASE64URL',
      'header',
    ],
  ] as const)('%s → %s', (_name, fn, code, part) => {
    const e = wrapError(thrownBy(fn));
    expect(e).toBeInstanceOf(StrictDecodeRejected);
    expect(e.code).toBe(code);
    expect(e.part).toBe(part);
    expect(e.cause).toBeDefined();
  });

  it("an unknown jose error keeps jose's words as detail", () => {
    const value = toDecodeError(
      new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed'),
    );
    expect(value.code).toBe('ERR_JOSE_REJECTED');
    expect(value.message.params?.detail).toMatch(/not allowed/);
  });

  it('anything else thrown (a string, undefined) still becomes a value', () => {
    expect(toDecodeError('boom').code).toBe('ERR_JOSE_REJECTED');
    expect(toDecodeError(undefined).code).toBe('ERR_JOSE_REJECTED');
  });

  it('our own errors pass through unchanged', () => {
    const own = new DecodeFailure('ERR_TOO_DEEP', { part: 'header' });
    expect(wrapError(own)).toBe(own);
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
