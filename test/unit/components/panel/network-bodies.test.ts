import { describe, expect, it } from 'vitest';
import { MAX_BODIES, isJsonMime, issuesTokens, keepBody } from '@/lib/client/token-bodies';
import type { ResponseBody } from '@/lib/engine/model/snapshot';
import { BEARER } from '@/test/fixtures/engine-reports';

describe('token-issuing response bodies (devtools.network)', () => {
  it.each([
    [
      'application/json',
      JSON.stringify({ access_token: BEARER.access, token_type: 'Bearer', expires_in: 120 }),
      true,
    ],
    [
      'application/json; charset=utf-8',
      JSON.stringify({ data: { session: { jwt: BEARER.access } } }),
      true,
    ],
    ['application/vnd.api+json', JSON.stringify({ refresh_token: BEARER.refresh }), true],
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
