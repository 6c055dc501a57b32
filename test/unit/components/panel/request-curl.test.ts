import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { authorizationHeader, curlCommand, shellQuote } from '@/components/panel/request-curl';
import type { RequestReport } from '@/lib/engine/model/report';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJraW0ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

function request(extra: Partial<RequestReport> = {}): RequestReport {
  return {
    id: '1',
    url: 'https://api.example.com/v1/me?x=1&y=2',
    origin: 'https://api.example.com',
    method: 'GET',
    type: 'xmlhttprequest',
    time: 0,
    thirdParty: false,
    tokenIds: ['t1'],
    setCookies: [],
    headers: {
      credential: { request: [{ name: 'Authorization', value: `Bearer ${TOKEN}` }], response: [] },
      other: {
        request: [
          { name: 'Accept', value: 'application/json' },
          { name: 'Accept-Encoding', value: 'gzip' },
        ],
        response: [],
      },
    },
    ...extra,
  };
}

/** What bash makes of `word` as one argument: the check that quoting holds. */
function bashArgs(words: string): string[] {
  const out = execFileSync('bash', ['-c', `printf '%s\\0' ${words}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('Copy as cURL', () => {
  it.each([
    ["single 'quotes'", "it's 'quoted'"],
    ['newlines', 'a\nb\r\nc'],
    ['dollars and backquotes', '$HOME $(id) `id` ${PATH}'],
    ['backslashes and control characters', 'a\\b\u0001\u007f\tz'],
    ['an attempt to end the command', "x'; touch /tmp/pwned; echo '"],
  ])('security: quotes hostile values with %s as one literal argument', (_, value) => {
    expect(bashArgs(shellQuote(value))).toEqual([value]);
  });

  it('security: masks credential values unless revealed', () => {
    const masked = curlCommand(request(), false);
    expect(masked).not.toContain(TOKEN);
    expect(masked).toContain("-H 'Accept: application/json'");
    expect(curlCommand(request(), true)).toContain(`-H 'Authorization: Bearer ${TOKEN}'`);
  });

  it('writes the method, URL and headers as bash reads them, leaving out Accept-Encoding', () => {
    const command = curlCommand(request({ method: 'POST' }), true);
    expect(command).not.toContain('Accept-Encoding');
    const args = bashArgs(command.replace(/^curl /, '').replace(/ \\\n {2}/g, ' '));
    expect(args).toEqual([
      'https://api.example.com/v1/me?x=1&y=2',
      '-X',
      'POST',
      '-H',
      `Authorization: Bearer ${TOKEN}`,
      '-H',
      'Accept: application/json',
    ]);
  });

  it('a hostile header value cannot add a command', () => {
    const r = request({
      headers: {
        credential: { request: [], response: [] },
        other: { request: [{ name: 'X-Evil', value: "'\n$(touch /tmp/x)\n'" }], response: [] },
      },
    });
    const args = bashArgs(
      curlCommand(r, true)
        .replace(/^curl /, '')
        .replace(/ \\\n {2}/g, ' '),
    );
    expect(args).toEqual([r.url, '-H', "X-Evil: '\n$(touch /tmp/x)\n'"]);
  });
});

describe('Copy as Authorization header', () => {
  const value = () => TOKEN;

  it('copies the header the request sent, masked unless revealed', () => {
    expect(authorizationHeader(request(), value, true)).toBe(`Authorization: Bearer ${TOKEN}`);
    expect(authorizationHeader(request(), value, false)).not.toContain(TOKEN);
  });

  it('offers the token a request carried another way as a Bearer header, and nothing without one', () => {
    const cookieOnly = request({
      headers: {
        credential: { request: [{ name: 'Cookie', value: `at=${TOKEN}` }], response: [] },
        other: { request: [], response: [] },
      },
    });
    expect(authorizationHeader(cookieOnly, value, true)).toBe(`Authorization: Bearer ${TOKEN}`);
    expect(authorizationHeader(request({ tokenIds: [], headers: undefined }), value, true)).toBe(
      undefined,
    );
  });
});
