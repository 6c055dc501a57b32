import { beforeAll, describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { findLookalikes } from '@/lib/engine/decoder/lookalikes';
import { signedJwt } from './real-tokens';

const NOW = Date.UTC(2026, 0, 1);

describe('Decoder: look-alike and invisible characters', () => {
  let jwt: string;
  beforeAll(async () => {
    jwt = await signedJwt('alice', NOW / 1000);
  });

  it('a JWT whose first letter is Cyrillic е: pointed out, and read as the JWT it would be', () => {
    const pasted = `\u0435${jwt.slice(1)}`;
    const result = decodeInput(pasted, NOW);
    expect(result.kind).toBe('lookalike');
    expect(result.lookalikes?.marks).toEqual([
      {
        position: 1,
        codePoint: 'U+0435',
        name: 'CYRILLIC SMALL LETTER IE',
        cls: 'lookalike',
        ascii: 'e',
      },
    ]);
    expect(result.fixed?.kind).toBe('jwt');
    expect(result.fixed?.items[0]?.decoded.jws?.payload).toMatchObject({ sub: 'alice' });
    // As pasted it is not that JWT: the reading of the paste itself is kept first.
    expect(result.items[0]?.value).toBe(pasted);
  });

  it.each([
    ['ZERO WIDTH SPACE', '\u200B', 'invisible'],
    ['WORD JOINER', '\u2060', 'invisible'],
    ['ZERO WIDTH NO-BREAK SPACE', '\uFEFF', 'invisible'],
    ['RIGHT-TO-LEFT OVERRIDE', '\u202E', 'bidi'],
    ['FULLWIDTH FULL STOP', '\uFF0E', 'fullwidth'],
  ])('%s inside a JWT: named with its position, and the JWT read without it', (name, ch, cls) => {
    const at = jwt.indexOf('.') + 5;
    const pasted = ch === '\uFF0E' ? jwt.replace('.', ch) : jwt.slice(0, at) + ch + jwt.slice(at);
    const result = decodeInput(pasted, NOW);
    const mark = result.lookalikes?.marks[0];
    expect(mark).toMatchObject({ name, cls });
    expect(mark?.position).toBe((ch === '\uFF0E' ? jwt.indexOf('.') : at) + 1);
    expect(result.kind).toBe('lookalike');
    expect(result.fixed?.kind).toBe('jwt');
  });

  it('a Greek omicron in a word is pointed out; the word is still not a token', () => {
    const result = decodeInput('passw\u03BFrd', NOW);
    expect(result.lookalikes?.marks[0]).toMatchObject({
      position: 6,
      name: 'GREEK SMALL LETTER OMICRON',
    });
    expect(result.kind).toBe('not-a-token');
  });

  it('a no-break space around a token is named, and the token is read as it is', () => {
    const result = decodeInput(`\u00A0${jwt}`, NOW);
    expect(result.lookalikes?.marks[0]).toMatchObject({ name: 'NO-BREAK SPACE', cls: 'space' });
    expect(result.kind).toBe('jwt');
  });

  it('only invisible characters: nothing to decode, and each one named', () => {
    const result = decodeInput('\u200B\u200C\u200D', NOW);
    expect(result).toMatchObject({ status: 'error', errorCode: 'ERR_EMPTY', kind: 'empty' });
    expect(result.lookalikes?.marks.map((m) => m.codePoint)).toEqual([
      'U+200B',
      'U+200C',
      'U+200D',
    ]);
  });

  it('positions count characters, not UTF-16 units; a long run is capped and counted', () => {
    expect(findLookalikes('😀\u0430').marks[0]?.position).toBe(2);
    const many = findLookalikes('\u200B'.repeat(50));
    expect(many.marks).toHaveLength(20);
    expect(many.more).toBe(30);
    expect(many.fixed).toBe('');
  });

  it('Latin text, Hangul and emoji have no marks', () => {
    expect(findLookalikes('plain ascii 토큰 😀').marks).toEqual([]);
  });
});
