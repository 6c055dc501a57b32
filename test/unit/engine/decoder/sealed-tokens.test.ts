import fernet from 'fernet';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { readBranca, readFernet } from '@/lib/engine/decoder/sealed-tokens';
import { brancaToken, fernetToken } from './real-tokens';

const NOW = Date.UTC(2026, 0, 1);
/** kr/fernet-spec generate.json: "hello" at 1985-10-26T01:20:00-07:00 with the IV 0x00…0x0f. */
const FERNET_SPEC = {
  token:
    'gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==',
  now: '1985-10-26T01:20:00-07:00',
  secret: 'cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=',
};
const IV = Array.from({ length: 16 }, (_, i) => i);

describe('Decoder: Fernet', () => {
  it('a token made by fernet is named, with the time it was issued and its parts', () => {
    const issued = '2025-12-31T23:00:00Z';
    const result = decodeInput(fernetToken(issued), NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'fernet' });
    expect(result.items[0]?.sealed).toMatchObject({
      format: 'fernet',
      issuedAt: Date.parse(issued),
      ciphertextBytes: 16,
      tagBytes: 32,
    });
    expect(result.items[0]?.sealed?.nonce).toMatch(/^[0-9a-f]{32}$/);
  });

  it('the spec’s vector (and fernet making it again): the IV and time are the vector’s', () => {
    const again = new fernet.Token({
      secret: new fernet.Secret(FERNET_SPEC.secret),
      time: FERNET_SPEC.now,
      iv: IV,
    }).encode('hello');
    expect(again).toBe(FERNET_SPEC.token);
    expect(readFernet(FERNET_SPEC.token)).toMatchObject({
      issuedAt: Date.parse(FERNET_SPEC.now),
      nonce: '000102030405060708090a0b0c0d0e0f',
    });
  });

  it('cut short, it says how long a Fernet token must be', () => {
    const reading = readFernet(FERNET_SPEC.token.slice(0, 60));
    expect(reading?.problem).toMatchObject({ code: 'too-short', need: 73 });
  });
});

describe('Decoder: Branca', () => {
  it('a token made by branca is named, with the time it was issued', () => {
    const seconds = Date.UTC(2025, 11, 31) / 1000;
    const result = decodeInput(brancaToken(seconds), NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'branca' });
    expect(result.items[0]?.sealed).toMatchObject({
      format: 'branca',
      issuedAt: seconds * 1000,
      ciphertextBytes: 5,
      tagBytes: 16,
    });
    expect(result.items[0]?.sealed?.nonce).toMatch(/^[0-9a-f]{48}$/);
  });

  it('base62 that is not Branca (a long alphanumeric session id) is not named Branca', () => {
    expect(readBranca('A'.repeat(80))).toBeUndefined();
    expect(readBranca('0123456789')).toBeUndefined();
  });
});
