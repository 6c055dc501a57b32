import { describe, expect, it } from 'vitest';
import { valueDecodings } from '@/lib/engine/decoder/value-decodings';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');

describe('valueDecodings', () => {
  it('URL-decodes, then reads base64, then pretty-prints JSON, each on the one before', () => {
    const value = encodeURIComponent(b64('{"user":"demo","role":"adm"}'));
    expect(valueDecodings(value)).toEqual([
      { kind: 'url', text: b64('{"user":"demo","role":"adm"}') },
      { kind: 'base64', text: '{"user":"demo","role":"adm"}' },
      { kind: 'json', text: '{\n  "user": "demo",\n  "role": "adm"\n}' },
    ]);
  });

  it.each([
    ['standard base64 with padding', b64('hello, world?>')],
    ['base64url without padding', b64url('hello, world?>')],
  ])('reads %s', (_name, value) => {
    expect(valueDecodings(value)).toEqual([{ kind: 'base64', text: 'hello, world?>' }]);
  });

  it.each([
    ['short words', 'abcdef'],
    ['binary bytes', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).toString('base64')],
    [
      'bytes that are not UTF-8',
      Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa]).toString('base64'),
    ],
    ['characters outside base64', 'not base64 at all!'],
    ['a length base64 cannot have', 'abcdefghi'],
  ])('shows no base64 form for %s', (_name, value) => {
    expect(valueDecodings(value).filter((d) => d.kind === 'base64')).toEqual([]);
  });

  it('keeps the raw text when a lone % breaks URL decoding, and never throws', () => {
    expect(valueDecodings('100%25 sure %')).toEqual([]);
    expect(valueDecodings('{"a":1}')).toEqual([{ kind: 'json', text: '{\n  "a": 1\n}' }]);
    expect(valueDecodings('{not json')).toEqual([]);
    expect(() => valueDecodings('%'.repeat(100_000))).not.toThrow();
  });
});
