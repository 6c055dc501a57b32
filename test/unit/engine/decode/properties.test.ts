import fc from 'fast-check';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { claimReports, tokenTimes } from '@/lib/engine/claims/claims';
import { decodeToken, looksLikeJwt } from '@/lib/engine/decode/decode-token';
import { findTokensInUrl, findTokensInValue } from '@/lib/engine/decode/find-tokens';
import { toDecodeError } from '@/lib/engine/errors';
import { parseAuthorization } from '@/lib/engine/decode/parse-authorization';
import { catalogue } from '@/lib/engine/i18n/catalogue';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Parts that are sometimes valid base64url JSON, sometimes near misses, sometimes junk. */
const part = fc.oneof(
  fc.string(),
  fc.base64String().map((s) => s.replace(/\+/g, '-').replace(/\//g, '_')),
  fc.json().map(b64),
  fc.jsonValue().map((v) => b64(JSON.stringify(v) ?? 'null')),
  fc.constantFrom('', 'eyJ', 'e30', 'eyJhbGciOiJub25lIn0', '=', '..', '%', '\u0000'),
);
const almostJwt = fc.array(part, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('.'));
const headerFirst = fc
  .tuple(
    fc.constantFrom('eyJhbGciOiJIUzI1NiJ9', 'eyJhbGciOiJub25lIn0', 'eyJ'),
    fc.array(part, { maxLength: 5 }),
  )
  .map(([h, rest]) => [h, ...rest].join('.'));
const jsonObject = fc.dictionary(fc.string(), fc.jsonValue()).map((o) => JSON.stringify(o));
const anyInput = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), almostJwt, headerFirst);

function joseAccepts(raw: string): boolean {
  try {
    decodeProtectedHeader(raw);
    decodeJwt(raw);
    return true;
  } catch {
    return false;
  }
}

describe('properties: nothing throws on any input', () => {
  it('decodeToken never throws and always explains a malformed result', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const d = decodeToken(raw);
        if (d.format === 'malformed') {
          expect(d.error).toBeDefined();
          expect(Object.hasOwn(catalogue, d.error!.message.key)).toBe(true);
        }
        if (d.format === 'jws') expect(d.error).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('findTokensInValue never throws, with or without a key hint', () => {
    fc.assert(
      fc.property(anyInput, fc.option(fc.string()), (raw, key) => {
        const found = findTokensInValue(raw, key ?? undefined);
        expect(Array.isArray(found)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('findTokensInValue never throws on arbitrary JSON blobs and finds every JWT placed in them', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const found = findTokensInValue(JSON.stringify({ wrapper: value, access_token: jwt }));
        expect(found).toContainEqual({ value: jwt, path: '$.access_token', encoding: 'json' });
      }),
      { numRuns: 500 },
    );
  });

  it('parseAuthorization never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyInput,
          fc
            .tuple(fc.constantFrom('Basic', 'Bearer', 'Digest', 'Negotiate', 'x'), anyInput)
            .map(([s, r]) => `${s} ${r}`),
        ),
        (header) => {
          const parsed = parseAuthorization(header);
          expect(typeof parsed.scheme).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('findTokensInUrl, claimReports and tokenTimes never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyInput),
        (url) => {
          expect(Array.isArray(findTokensInUrl(url))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        claimReports(payload);
        tokenTimes(payload);
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties: lenient and strict views agree where they should', () => {
  it('the strict verdict is exactly whether jose accepts the token', () => {
    const padded = fc
      .tuple(jsonObject, jsonObject, fc.constantFrom('', '=', '==', ' ', '+', '/'))
      .map(([h, p, junk]) => `${b64(h)}${junk}.${b64(p)}${junk}.sig`);
    fc.assert(
      fc.property(fc.oneof(almostJwt, headerFirst, padded), (raw) => {
        const d = decodeToken(raw);
        if (d.jws) expect(d.jws.strict.ok).toBe(joseAccepts(raw.trim()));
      }),
      { numRuns: 2000 },
    );
    // 2,000 runs through jose take ~2 s alone but several times that on the shared 2-core box:
    // a correctness property, not a speed test.
  }, 60_000);

  it("the strict verdict's reason is jose's own, also when jose is not asked", () => {
    /** What jose says of the token, turned into our error value the way decodeToken reports it. */
    const joseVerdict = (raw: string) => {
      try {
        decodeProtectedHeader(raw);
        decodeJwt(raw);
        return { ok: true };
      } catch (e) {
        const error = toDecodeError(e, raw);
        if (error.code === 'ERR_BAD_BASE64URL' && error.message.params?.offset === undefined) {
          const text = raw.split('.')[error.part === 'header' ? 0 : 1] ?? '';
          const at = text.search(/[^\w-]/);
          const offset = at < 0 ? text.length : at;
          error.message.params = { ...error.message.params, offset, position: offset + 1 };
        }
        return { ok: false, error };
      }
    };
    const bytes = (b: number[]) => Buffer.from(b).toString('base64url');
    // Canonical base64url payloads of every kind jose tells apart, and some that are not.
    const payload = fc.oneof(
      jsonObject.map(b64),
      fc.jsonValue().map((v) => b64(JSON.stringify(v) ?? 'null')),
      jsonObject.map((o) => b64(o.slice(0, -1))),
      fc.string().map(b64),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }).map(bytes),
      fc.nat(80).map((n) => b64(`${'['.repeat(n)}${']'.repeat(n)}`)),
      fc.base64String().map((t) => t.replace(/[+/=]/g, '')),
      fc.constantFrom('', 'e', 'eyJhIjox', 'eyJhIjoxfQ=', 'e30.', '77u_e30'),
    );
    const header = fc.constantFrom(
      'eyJhbGciOiJIUzI1NiJ9',
      'eyJhbGciOiJub25lIn0',
      b64('{"alg":"RS256","kid":"k"}'),
    );
    fc.assert(
      fc.property(header, payload, fc.constantFrom('', 'c2ln', 'c2ln='), (h, p, sig) => {
        const raw = `${h}.${p}.${sig}`;
        const d = decodeToken(raw);
        if (d.jws) expect(d.jws.strict).toEqual(joseVerdict(raw));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('every well-formed token of JSON claims decodes to exactly those claims', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.base64String(), (claims, sig) => {
        const raw = `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify(claims))}.${sig.replace(/[+/=]/g, '')}`;
        const d = decodeToken(raw);
        expect(d.format).toBe('jws');
        expect(d.jws?.payload).toEqual(JSON.parse(JSON.stringify(claims)));
        expect(d.jws?.strict).toEqual({ ok: true });
        expect(joseAccepts(raw)).toBe(true);
        expect(looksLikeJwt(raw)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
