import { generateKeyPair, exportJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { isJwksBody } from '@/lib/client/jwks-bodies';
import { issuesTokens } from '@/lib/client/token-bodies';
import { analyze } from '@/lib/engine/analyze/analyze';
import { emptySnapshot } from '@/lib/engine/model/snapshot';

async function jwksText(): Promise<string> {
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  return JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig' }] });
}

describe('JWKS bodies the panel keeps for Verify', () => {
  it('keeps a JWKS, and only a JWKS', async () => {
    expect(isJwksBody(await jwksText(), 'application/json')).toBe(true);
    expect(isJwksBody(await jwksText(), 'application/jwk-set+json')).toBe(true);
    expect(isJwksBody('{"keys":[1,2]}', 'application/json')).toBe(false);
    expect(isJwksBody('{"items":[{"kty":"x"}]}', 'application/json')).toBe(false);
    expect(isJwksBody('<html>"keys" "kty"</html>', 'text/html')).toBe(false);
  });

  it('security: a kept JWKS is no credential: analysis finds no token in it', async () => {
    const body = await jwksText();
    expect(issuesTokens(body, 'application/json')).toBe(false);
    const snapshot = emptySnapshot('https://app.example/', 1);
    const report = analyze(
      {
        ...snapshot,
        bodies: [{ url: 'https://app.example/jwks', time: 1, mimeType: 'application/json', body }],
      },
      2,
    );
    expect(report.tokens).toEqual([]);
  });
});
