import { describe, expect, it } from 'vitest';
import { describeOpaque } from '@/lib/engine/decode/opaque';

describe('describeOpaque', () => {
  it.each([
    ['PHP session id', 'k3ytqnx8cd2mp0sl9vr4wz7aq2', 'alphanumeric'],
    ['Java JSESSIONID', '8F3A1C9B2E7D4F6A0B5C8E1D3F7A9C2B', 'hex'],
    ['numeric id', '123456789012', 'digits'],
    ['UUID', '3f0c2b9e-8d4a-4c1e-9b7f-2a6d5e8c1f0a', 'uuid'],
    ['base64url', 'Qk3vZ8yR2mL5pT9wX1cN7bH4jF6dS0aE-_x', 'base64url'],
    ['base64', 'Qk3vZ8yR2mL5pT9wX1cN7bH4jF6dS0aE+/x=', 'base64'],
    ['signed express cookie', 's:Qk3vZ8yR2mL5.Zx9/fQ2kL5pT8w', 'ascii'],
    ['Korean text', '토끼세션', 'unicode'],
  ])('%s → %s', (_name, value, alphabet) => {
    const d = describeOpaque(value);
    expect(d.alphabet).toBe(alphabet);
    expect(d.length).toBe(value.length);
  });

  it('a random 32-hex session id is estimated near 128 bits, never above', () => {
    const d = describeOpaque('8f3a1c9b2e7d4f6a0b5c8e1d3f7a9c2b');
    expect(d.entropyBits).toBeGreaterThan(100);
    expect(d.entropyBits).toBeLessThanOrEqual(128);
  });

  it('a repetitive value is not praised for its length', () => {
    expect(describeOpaque('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').entropyBits).toBe(0);
    expect(describeOpaque('abababababababababababababababab').entropyBits).toBe(32);
  });

  it('a longer random value of the same alphabet scores higher', () => {
    const short = describeOpaque('Qk3vZ8yR2mL5pT9w');
    const long = describeOpaque('Qk3vZ8yR2mL5pT9wX1cN7bH4jF6dS0aEQk3vZ8yR');
    expect(long.entropyBits).toBeGreaterThan(short.entropyBits);
  });

  it('an empty value has no entropy', () => {
    expect(describeOpaque('')).toEqual({ length: 0, alphabet: 'ascii', entropyBits: 0 });
  });

  it('a value is rated the same whatever was rated before it', () => {
    const values = [
      'aaaaaaaaaaaaaaaaaaaa',
      'k3ytqnx8cd2mp0sl9vr4wz7aq2',
      'aaaa토끼bbbb세션',
      'ab',
      '8F3A1C9B2E7D4F6A',
    ];
    const alone = values.map((v) => describeOpaque(v).entropyBits);
    const afterOthers = values.map((v) => {
      for (const other of values) describeOpaque(other);
      return describeOpaque(v).entropyBits;
    });
    expect(afterOthers).toEqual(alone);
    // One value of a single repeated character has no spread to speak of.
    expect(describeOpaque('aaaaaaaaaaaaaaaaaaaa').entropyBits).toBe(0);
  });
});
