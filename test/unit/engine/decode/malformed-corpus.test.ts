/**
 * Every case of the malformed-input corpus (test/fixtures/malformed/cases.ts) gets its stated
 * reason from the engine, twice: through the Decoder's reading of a paste (decodeInput → lib/decode)
 * and through `analyze` of a snapshot holding the value where a page would keep it.
 */
import { describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { analyze } from '@/lib/engine/analyze/analyze';
import { decodeToken } from '@/lib/engine/decode/decode-token';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { MALFORMED_CASES, type MalformedCase } from '@/test/fixtures/malformed/cases';
import { bearer, cookie, NOW, SITE, snap, stored } from '../analyze/helpers';

function snapshotOf(c: MalformedCase): Snapshot {
  const via = c.via ?? 'header';
  if (via === 'header') {
    const line = c.input.replace(/^authorization:\s*/i, '');
    const value = /^(bearer|basic)\b/i.test(line) ? line : `Bearer ${line}`;
    return snap({
      requests: [
        { ...bearer(`${SITE}/api`, 'x'), requestHeaders: [{ name: 'Authorization', value }] },
      ],
    });
  }
  if ('cookies' in via) {
    return snap({ cookies: via.cookies.map(([name, value]) => cookie({ name, value })) });
  }
  return snap({ storage: [stored(via.storage[0], via.storage[1])] });
}

describe('malformed-input corpus', () => {
  it('holds at least 50 cases, each with a unique id and a known reason', () => {
    expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(MALFORMED_CASES.map((c) => c.id)).size).toBe(MALFORMED_CASES.length);
    for (const c of MALFORMED_CASES) {
      if (c.expect === 'decoded') expect(c.format, c.id).toBeDefined();
      else expect(Object.hasOwn(catalogue, `decode.${c.expect}`), c.id).toBe(true);
    }
  });

  describe.each(MALFORMED_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it(`the decoder states ${c.expect === 'decoded' ? `it reads a ${c.format}` : c.expect}`, () => {
      const result = decodeInput(c.input, NOW);
      if (c.expect === 'decoded') {
        expect(result.status).toBe('ok');
        expect(result.items[0]?.decoded.format).toBe(c.format);
        return;
      }
      expect(result.status).toBe('error');
      expect(result.errorCode).toBe(c.expect);
      const error = result.items[0]?.decoded.error;
      if (c.part) expect(error?.part).toBe(c.part);
      // Every stated reason is a sentence the UI can show in both languages.
      if (error) expect(Object.hasOwn(catalogue, error.message.key)).toBe(true);
    });

    it('analyze of a snapshot holding it states the same reason, without an internal error', () => {
      const report = analyze(snapshotOf(c), NOW);
      const problems = report.problems.map((p) => p.message.key);
      expect(problems).not.toContain('analysis.problem.internal');
      expect(() => JSON.stringify(report)).not.toThrow();
      if (c.expect === 'decoded') {
        expect(report.tokens.map((t) => t.format)).toContain(c.format);
        expect(problems.filter((k) => k.startsWith('decode.'))).toEqual([]);
      } else if (c.expect === 'ERR_EMPTY') {
        // An empty credential is no credential: nothing is invented.
        expect(report.tokens).toEqual([]);
      } else if (c.expect === 'ERR_TOO_LARGE') {
        expect(problems).toContain('analysis.problem.value-too-large');
      } else {
        // The report's problem list is where the UI states it (Basic credentials keep their
        // format and carry the reason only there).
        expect(problems).toContain(`decode.${c.expect}`);
      }
    });
  });
});

describe('invalid UTF-8', () => {
  it('shows what is there with U+FFFD, next to the reason', () => {
    const c = MALFORMED_CASES.find((x) => x.id === 'payload-invalid-utf8')!;
    const decoded = decodeToken(c.input);
    expect(decoded.error?.code).toBe('ERR_BAD_UTF8');
    expect(decoded.jws?.payload).toBe('{"s":"\uFFFD\uFFFD\uFFFD("}');
  });
});
