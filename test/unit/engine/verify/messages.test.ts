import { describe, expect, it } from 'vitest';
import { glossary } from '@/lib/engine/i18n/glossary';
import { describeVerifyResult, describeWeakSecret } from '@/lib/engine/verify/describe-result';
import { verifyMessages } from '@/lib/engine/verify/messages';
import type {
  ConfusionForm,
  KeyFrom,
  VerifyErrorCode,
  VerifyNote,
  VerifyResult,
} from '@/lib/engine/verify/types';
import type { WeakSecretErrorCode } from '@/lib/engine/verify/weak-secrets/search';

const catalogue: Record<string, { ko: string; en: string }> = verifyMessages;

const CODES: VerifyErrorCode[] = [
  'ERR_NOT_JWS',
  'ERR_ALG_NONE',
  'ERR_UNSUPPORTED_ALG',
  'ERR_KEY_EMPTY',
  'ERR_KEY_TOO_LARGE',
  'ERR_KEY_UNPARSABLE',
  'ERR_PRIVATE_KEY',
  'ERR_KEY_ALG_MISMATCH',
  'ERR_NO_MATCHING_KEY',
];
const NOTES: VerifyNote[] = ['x5c-untrusted', 'kid-not-in-jwks', 'private-jwk-ignored'];
const FORMS: ConfusionForm[] = [
  'pem-text',
  'der',
  'spki-pem-of-certificate',
  'spki-der-of-certificate',
];
const SOURCES: Exclude<KeyFrom, 'x5c'>[] = ['paste', 'page-body', 'issuer'];
const WEAK_CODES: WeakSecretErrorCode[] = ['ERR_NOT_JWS', 'ERR_NOT_HMAC', 'ERR_SIGNATURE_LENGTH'];

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('verify messages', () => {
  it('has a Korean and an English text for every key, with the same parameters', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.ko.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      expect(params(entry.ko), key).toEqual(params(entry.en));
    }
  });

  it('explains every reason code, note, key source and confusion form', () => {
    const keys = [
      ...CODES.map((code) => `verify.error.${code}`),
      ...NOTES.map((note) => `verify.note.${note}`),
      ...FORMS.map((form) => `verify.confusion-form.${form}`),
      ...SOURCES.map((from) => `verify.from.${from}`),
      ...WEAK_CODES.map((code) => `verify.weak-secret.${code}`),
      'verify.status.valid',
      'verify.status.invalid',
      'verify.algorithm-confusion',
    ];
    for (const key of keys) expect(catalogue, key).toHaveProperty([key]);
  });

  it('says what valid proves and what the server must still check (RFC 8725)', () => {
    const valid = catalogue['verify.status.valid']!;
    for (const claim of ['exp', 'iss', 'aud', 'RFC 8725']) {
      expect(valid.en).toContain(claim);
      expect(valid.ko).toContain(claim);
    }
  });

  it('follows the glossary and writes Korean in 합니다체', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(catalogue)) {
      for (const lang of ['ko', 'en'] as const) {
        for (const row of glossary) {
          for (const avoid of row.avoid[lang]) {
            const re =
              avoid instanceof RegExp
                ? avoid
                : new RegExp(
                    lang === 'en'
                      ? `\\b${avoid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`
                      : avoid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
                  );
            if (re.test(entry[lang])) problems.push(`${key} ${lang}: ${String(avoid)}`);
          }
        }
      }
      const prose = entry.ko.replace(/"[^"]*"/g, '""');
      if (/(?<![필중개니])요(?=\s*(?:[.!?…,):]|$))/.test(prose)) problems.push(`${key}: 해요체`);
    }
    expect(problems).toEqual([]);
  });
});

describe('describeVerifyResult', () => {
  const base = { alg: 'RS256', keyFrom: 'paste' as const, notes: [] };
  const keys = (result: VerifyResult) => describeVerifyResult(result).map((m) => m.key);

  it.each<[string, VerifyResult, string[]]>([
    [
      'valid by kid from the issuer',
      {
        ...base,
        status: 'valid',
        keyFrom: 'issuer',
        keyUrl: 'https://i/jwks',
        key: { shape: 'jwks', kid: 'a', index: 0, by: 'kid' },
      },
      ['verify.status.valid', 'verify.key.kid', 'verify.from.issuer'],
    ],
    [
      'valid by trying',
      { ...base, status: 'valid', key: { shape: 'jwks', index: 2, by: 'tried' } },
      ['verify.status.valid', 'verify.key.tried', 'verify.from.paste'],
    ],
    [
      'valid with x5c',
      {
        ...base,
        status: 'valid',
        keyFrom: 'x5c',
        notes: ['x5c-untrusted'],
        key: { shape: 'x5c', by: 'only' },
      },
      ['verify.status.valid', 'verify.note.x5c-untrusted'],
    ],
    [
      'invalid',
      { ...base, status: 'invalid', tried: 1 },
      ['verify.status.invalid', 'verify.from.paste'],
    ],
    [
      'invalid over keys',
      { ...base, status: 'invalid', tried: 3 },
      ['verify.status.invalid-tried', 'verify.from.paste'],
    ],
    [
      'confusion',
      {
        ...base,
        alg: 'HS256',
        status: 'error',
        code: 'ERR_KEY_ALG_MISMATCH',
        detail: 'pem-spki',
        algorithmConfusion: true,
        confusionForm: 'der',
      },
      [
        'verify.algorithm-confusion',
        'verify.confusion-form.der',
        'verify.error.ERR_KEY_ALG_MISMATCH.public-key-for-hmac',
      ],
    ],
    [
      'secret for RS256',
      { ...base, status: 'error', code: 'ERR_KEY_ALG_MISMATCH', detail: 'secret' },
      ['verify.error.ERR_KEY_ALG_MISMATCH.secret'],
    ],
    [
      'EC key for RS256',
      { ...base, status: 'error', code: 'ERR_KEY_ALG_MISMATCH', detail: 'EC P-256' },
      ['verify.error.ERR_KEY_ALG_MISMATCH'],
    ],
    [
      'PKCS#1',
      { ...base, status: 'error', code: 'ERR_KEY_UNPARSABLE', detail: 'RSA PUBLIC KEY' },
      ['verify.error.ERR_KEY_UNPARSABLE.pkcs1'],
    ],
    [
      'no alg',
      { ...base, status: 'error', code: 'ERR_UNSUPPORTED_ALG', detail: 'missing' },
      ['verify.error.ERR_UNSUPPORTED_ALG.missing'],
    ],
  ])('%s', (_name, result, expected) => {
    expect(keys(result)).toEqual(expected);
    for (const key of expected) expect(catalogue).toHaveProperty([key]);
  });

  it.each(CODES)('every %s result has its sentence', (code) => {
    const [first] = describeVerifyResult({ ...base, status: 'error', code });
    expect(catalogue).toHaveProperty([first!.key]);
  });
});

describe('describeWeakSecret', () => {
  it('names the secret and its position once found, and each other state', () => {
    expect(
      describeWeakSecret({ status: 'found', secret: 'secret', index: 4, tried: 5 }, 100),
    ).toEqual({
      key: 'verify.weak-secret.found',
      params: { secret: 'secret', position: 5, total: 100 },
    });
    expect(describeWeakSecret({ status: 'running', tried: 10 }, 100).key).toBe(
      'verify.weak-secret.running',
    );
    expect(describeWeakSecret({ status: 'not-found', tried: 100 }, 100).key).toBe(
      'verify.weak-secret.not-found',
    );
    expect(describeWeakSecret({ status: 'cancelled', tried: 3 }, 100).key).toBe(
      'verify.weak-secret.cancelled',
    );
    expect(describeWeakSecret({ status: 'error', code: 'ERR_NOT_HMAC', alg: 'RS256' }, 0)).toEqual({
      key: 'verify.weak-secret.ERR_NOT_HMAC',
      params: { alg: 'RS256' },
    });
  });
});
