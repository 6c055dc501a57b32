import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countCodePoints,
  displayValue,
  hasInvisible,
  isolateParam,
  visibleText,
} from '@/lib/engine/display/visible-text';

const joined = (value: string, max?: number) =>
  displayValue(value, max)
    .segments.map((s) => s.text)
    .join('');

describe('displayValue', () => {
  it('security: two cookie names that look the same are told apart', () => {
    expect(visibleText('sid')).toBe('sid');
    expect(visibleText('s\u200Bid')).toBe('s⟨U+200B⟩id');
    expect(visibleText('sid\uFEFF')).toBe('sid⟨U+FEFF⟩');
    // Hangul fillers draw nothing either: a famous trick for invisible identifiers.
    expect(visibleText('\u3164')).toBe('⟨U+3164⟩');
    expect(visibleText('a\u00A0b')).toBe('a⟨U+00A0⟩b');
  });

  it('security: bidi controls are marked, so none is left to reorder the text', () => {
    for (const c of ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u200F', '\u061C']) {
      const shown = displayValue(`gpj.${c}exe`);
      expect(shown.segments.filter((s) => s.kind === 'text').map((s) => s.text)).toEqual([
        'gpj.',
        'exe',
      ]);
      expect(shown.invisibleCount).toBe(1);
    }
  });

  it('marks control characters, tag characters and lone surrogates by code point', () => {
    expect(visibleText('a\u0000b\u0007\u001b[31m')).toBe('a⟨U+0000⟩b⟨U+0007⟩⟨U+001B⟩[31m');
    expect(visibleText('x\u{E0041}')).toBe('x⟨U+E0041⟩');
    expect(visibleText('\uD800x')).toBe('⟨U+D800⟩x');
    expect(visibleText('x\uDC00')).toBe('x⟨U+DC00⟩');
  });

  it('leaves ordinary text alone: HTML-looking text, Korean, Arabic, emoji, U+FFFD', () => {
    for (const text of ['<script>alert(1)</script>', '토끼 세션', 'مرحبا', '🐰🔑', 'a\uFFFDb']) {
      expect(visibleText(text)).toBe(text);
      expect(hasInvisible(text)).toBe(false);
    }
  });

  it('keeps line feeds as breaks only when asked (pretty JSON)', () => {
    expect(displayValue('a\nb').invisibleCount).toBe(1);
    expect(displayValue('a\nb', Infinity, { multiline: true }).invisibleCount).toBe(0);
  });

  it('cuts a 1 MB value at the limit and counts the whole', () => {
    const huge = 'A'.repeat(1024 * 1024);
    const shown = displayValue(huge, 200);
    expect(shown).toMatchObject({ truncated: true, shownChars: 200, totalChars: huge.length });
    expect(joined(huge, 200)).toBe('A'.repeat(200));
    expect(visibleText(huge, 5)).toBe('AAAAA…');
  });

  it('never cuts an emoji in half', () => {
    const shown = displayValue('🐰🐰🐰', 2);
    expect(joined('🐰🐰🐰', 2)).toBe('🐰🐰');
    expect(shown.totalChars).toBe(3);
  });

  it('security: never throws, and the shown text plus marks is exactly the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const value = a + b;
        expect(joined(value)).toBe(value);
        const shown = displayValue(value);
        expect(shown.totalChars).toBe(countCodePoints(value));
        expect(shown.invisibleCount > 0).toBe(hasInvisible(value));
        // What a reader sees contains no character that draws nothing.
        expect(hasInvisible(visibleText(value))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isolateParam', () => {
  it('returns plain text unchanged', () => {
    expect(isolateParam('sessionid')).toBe('sessionid');
    expect(isolateParam('세션')).toBe('세션');
  });

  it('security: isolates right-to-left text so it cannot reorder the sentence', () => {
    expect(isolateParam('\u05D0\u05D1')).toBe('\u2068\u05D0\u05D1\u2069');
  });

  it('security: marks an override instead of letting it act', () => {
    expect(isolateParam('x\u202Ey')).toBe('x⟨U+202E⟩y');
  });
});
