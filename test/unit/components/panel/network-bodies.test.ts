import { describe, expect, it } from 'vitest';
import { MAX_BODIES, isJsonMime, issuesTokens, keepBody } from '@/lib/client/token-bodies';
import type { ResponseBody } from '@/lib/engine/model/snapshot';
import { ACCESS_2 } from '@/test/fixtures/panel-reports/bearer';

describe('token-issuing response bodies (devtools.network)', () => {
  it.each([
    [
      'application/json',
      JSON.stringify({ access_token: ACCESS_2, token_type: 'Bearer', expires_in: 120 }),
      true,
    ],
    [
      'application/json; charset=utf-8',
      JSON.stringify({ data: { session: { jwt: ACCESS_2 } } }),
      true,
    ],
    [
      'application/vnd.api+json',
      JSON.stringify({ refresh_token: 'rt_9f8e7d6c5b4a39281706f5e4d3c2b1a0' }),
      true,
    ],
    ['application/json', JSON.stringify({ items: [1, 2, 3], total: 3 }), false],
    ['text/html', '<html>access_token</html>', false],
    ['application/json', '', false],
  ])('%s body → %s', (mime, body, expected) => {
    expect(issuesTokens(body, mime)).toBe(expected);
  });

  it('recognises JSON types', () => {
    expect(isJsonMime('application/problem+json')).toBe(true);
    expect(isJsonMime('text/plain')).toBe(false);
  });

  it('keeps a bounded list, dropping the oldest', () => {
    let list: ResponseBody[] = [];
    for (let i = 0; i < MAX_BODIES + 5; i++)
      list = keepBody(list, { url: `u${i}`, time: i, mimeType: 'application/json', body: '{}' });
    expect(list).toHaveLength(MAX_BODIES);
    expect(list[0]?.url).toBe('u5');
  });
});
