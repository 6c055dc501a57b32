/**
 * security: `__proto__`, `constructor` and `prototype` keys written by a page (in a token payload,
 * a JWT header or a stored JSON blob) pass through decode → analyze → export as plain data and
 * change no prototype. Random objects, so a new code path that assigns page keys onto a plain
 * object (`out[key] = …`) fails here.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { decodeToken } from '@/lib/engine/decode/decode-token';
import { reportToJson } from '@/lib/engine/export/export-json';
import { reportToMarkdown } from '@/lib/engine/export/export-markdown';
import { cookie, NOW, SEC, SITE, bearer, snap, stored } from '../analyze/helpers';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const;

/** A JSON object as its members, so `__proto__` ends up an own key of the text, not a setter call. */
type Members = [string, Json][];
type Json = string | number | boolean | null | { members: Members };

const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS) },
  fc.constantFrom('polluted', 'isAdmin', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.string({ maxLength: 8 }),
);
const { json } = fc.letrec<{ json: Json; object: { members: Members } }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    tie('object'),
  ),
  object: fc
    .array(fc.tuple(key, tie('json')), { maxLength: 5 })
    .map((members) => ({ members: members as Members })),
}));

function toText(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${value.members.map(([k, v]) => `${JSON.stringify(k)}:${toText(v)}`).join(',')}}`;
}

/** Every payload holds each dangerous key at least once, with a pollution attempt as its value. */
const payloadText = fc.array(fc.tuple(key, json), { maxLength: 6 }).map((extra) =>
  toText({
    members: [
      ['__proto__', { members: [['polluted', 'yes']] }],
      ['constructor', { members: [['prototype', { members: [['polluted', 'yes']] }]] }],
      ['prototype', { members: [['polluted', 'yes']] }],
      ['sub', 'user-1'],
      ['exp', SEC + 600],
      ...extra,
    ],
  }),
);

const HEADER = b64('{"alg":"HS256","typ":"JWT","__proto__":{"polluted":"yes"}}');
const jwtOf = (payload: string) => `${HEADER}.${b64(payload)}.c2lnbmF0dXJl`;

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());

function expectNothingPolluted(): void {
  PROTOTYPES.forEach((p, i) => expect(Object.getOwnPropertyNames(p).sort()).toEqual(before[i]));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

describe('security: page-made prototype keys pollute nothing', () => {
  afterEach(() => {
    // A failure must not leak into later tests as a polluted prototype.
    for (const p of PROTOTYPES) delete (p as unknown as Record<string, unknown>).polluted;
  });

  it('decodeToken keeps them as own data of the header and payload', () => {
    fc.assert(
      fc.property(payloadText, (text) => {
        const decoded = decodeToken(jwtOf(text));
        expect(decoded.format).toBe('jws');
        const payload = decoded.jws!.payload as Record<string, unknown>;
        for (const k of DANGEROUS) expect(Object.hasOwn(payload, k)).toBe(true);
        expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
        expect(Object.hasOwn(decoded.jws!.header, '__proto__')).toBe(true);
        expectNothingPolluted();
      }),
      { numRuns: 300 },
    );
  });

  it('analyze shows them as claims and as JSON paths, and export keeps them as data', () => {
    fc.assert(
      fc.property(payloadText, payloadText, (cookiePayload, blobPayload) => {
        const inCookie = jwtOf(cookiePayload);
        const inBlob = jwtOf(blobPayload);
        const blob = `{"__proto__":{"access_token":${JSON.stringify(inBlob)},"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`;
        const report = analyze(
          snap({
            cookies: [cookie({ name: '__proto__', value: inCookie })],
            storage: [stored('constructor', blob), stored('prototype', blobPayload)],
            requests: [bearer(`${SITE}/api`, inCookie)],
          }),
          NOW,
        );
        expectNothingPolluted();

        const cookieToken = report.tokens.find((t) => t.value === inCookie);
        const claimNames = cookieToken?.claims.map((c) => c.name) ?? [];
        for (const k of DANGEROUS) expect(claimNames).toContain(k);
        expect(report.cookies.map((c) => c.name)).toContain('__proto__');
        const blobToken = report.tokens.find((t) => t.value === inBlob);
        const paths = report.artifacts
          .filter((a) => blobToken?.artifactIds.includes(a.id))
          .map((a) => a.path);
        expect(paths).toContain('$.__proto__.access_token');

        const masked = JSON.parse(reportToJson(report, { unmasked: false })) as {
          report: {
            tokens: { claims: { name: string }[]; jws?: { payload: Record<string, unknown> } }[];
          };
        };
        const exportedNames = masked.report.tokens.flatMap((t) => t.claims.map((c) => c.name));
        for (const k of DANGEROUS) expect(exportedNames).toContain(k);
        // The masking pass copies objects key by key: the keys must survive as keys.
        const maskedPayloads = masked.report.tokens.flatMap((t) => (t.jws ? [t.jws.payload] : []));
        expect(maskedPayloads.some((p) => DANGEROUS.every((k) => Object.hasOwn(p, k)))).toBe(true);
        const raw = JSON.parse(reportToJson(report, { unmasked: true })) as {
          report: { tokens: { jws?: { payload: Record<string, unknown> } }[] };
        };
        const payloads = raw.report.tokens.flatMap((t) => (t.jws ? [t.jws.payload] : []));
        expect(payloads.some((p) => Object.hasOwn(p, '__proto__'))).toBe(true);
        expect(reportToMarkdown(report, { unmasked: false, lang: 'en', now: NOW })).toContain(
          '__proto__',
        );
        expectNothingPolluted();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
