import { describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { plainLook } from '@/lib/engine/decoder/plain-values';
import { signedJwt } from './real-tokens';

const NOW = Date.UTC(2026, 0, 1);

describe('Decoder: inputs that are not tokens', () => {
  it.each(['', '   ', ' \n\t '])('%j is empty, never an opaque value', (input) => {
    const result = decodeInput(input, NOW);
    expect(result).toMatchObject({ status: 'error', errorCode: 'ERR_EMPTY', kind: 'empty' });
    expect(result.empty?.whitespace).toBe(input.length);
  });

  it.each(['..', '...', '.', '--', '!?', '…', '{}', '=='])('%s is only punctuation', (input) => {
    const result = decodeInput(input, NOW);
    expect(result.kind).toBe('not-a-token');
    expect(result.items[0]?.look).toEqual({ kind: 'punctuation' });
  });

  it.each([
    ['hello', 'word'],
    ['Password', 'word'],
    ['토큰', 'word'],
    ['please paste the token here', 'text'],
    ['이 토큰이 왜 안 되나요?', 'text'],
  ])('%s is %s, not a token', (input, kind) => {
    const result = decodeInput(input, NOW);
    expect(result.kind).toBe('not-a-token');
    expect(result.items[0]?.look?.kind).toBe(kind);
  });

  it('a URL with a token in its fragment: the token, named by where it sat', async () => {
    const jwt = await signedJwt('alice', NOW / 1000);
    const result = decodeInput(`https://app.example/cb#access_token=${jwt}&token_type=Bearer`, NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'url', url: { host: 'app.example' } });
    expect(result.items.map((i) => [i.source, i.decoded.format])).toEqual([
      ['#access_token', 'jws'],
    ]);
  });

  it('a URL without one is just a URL', () => {
    const result = decodeInput('https://example.com/docs?page=2', NOW);
    expect(result).toMatchObject({
      status: 'ok',
      kind: 'url',
      items: [],
      url: { host: 'example.com' },
    });
  });
});

describe('Decoder: what opaque values look like', () => {
  it.each([
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', 4, undefined],
    // RFC 9562 Appendix A's examples: both made at 2022-02-22T14:22:22-05:00.
    ['017F22E2-79B0-7CC3-98C4-DC0C0C07398F', 7, Date.UTC(2022, 1, 22, 19, 22, 22)],
    ['C232AB00-9414-11EC-B3C8-9F6BDECED846', 1, Date.UTC(2022, 1, 22, 19, 22, 22)],
  ])('UUID %s: version %i, and its time when it has one', (uuid, version, time) => {
    const result = decodeInput(uuid, NOW);
    expect(result.kind).toBe('uuid');
    const look = result.items[0]?.look;
    expect(look).toMatchObject({ kind: 'uuid', version, variant: 'RFC 9562' });
    if (time === undefined) expect(look).not.toHaveProperty('time');
    else expect(look).toMatchObject({ time });
  });

  it.each([
    ['d41d8cd98f00b204e9800998ecf8427e', 'MD5', 16],
    ['DA39A3EE5E6B4B0D3255BFEF95601890AFD80709', 'SHA-1', 20],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'SHA-256', 32],
    [
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
      'SHA-512',
      64,
    ],
  ])('hex %s is %s-sized', (hex, algorithm, bytes) => {
    const result = decodeInput(hex, NOW);
    expect(result.kind).toBe('hex-digest');
    expect(result.items[0]?.look).toEqual({ kind: 'hex-digest', algorithm, bytes });
  });

  it('base64 of a JSON array is decoded and shown', () => {
    const value = btoa(JSON.stringify([{ theme: 'dark' }, 42]));
    const result = decodeInput(value, NOW);
    expect(result.kind).toBe('base64-json');
    const look = result.items[0]?.look;
    expect(look?.kind === 'base64-json' && JSON.parse(look.json)).toEqual([{ theme: 'dark' }, 42]);
  });

  it('base64 of a JSON object is base64 JSON, its data read by the cookie-session reader', () => {
    const value = btoa(JSON.stringify({ theme: 'dark', user: 42 }));
    const result = decodeInput(value, NOW);
    expect(result.kind).toBe('base64-json');
    expect(result.items[0]?.decoded.framework?.data).toEqual({ theme: 'dark', user: 42 });
  });

  it('base64url of text is decoded and shown', () => {
    const value = btoa('remember me on this device').replace(/=+$/, '');
    const result = decodeInput(value, NOW);
    expect(result.items[0]?.look).toEqual({
      kind: 'base64-text',
      text: 'remember me on this device',
    });
  });

  it('a random-looking value gets an entropy figure only when it is long enough for one', () => {
    expect(plainLook('Xq7Zp2LmV9rT4wYk8NbC3hJd')).toMatchObject({ kind: 'opaque', length: 24 });
    expect(plainLook('Xq7Zp2LmV9rT4wYk8NbC3hJd')).toHaveProperty('entropyBits');
    expect(plainLook('aB3x9Q')).toEqual({ kind: 'opaque', length: 6, alphabet: 'alphanumeric' });
  });
});
