import { describe, expect, it } from 'vitest';
import { SHIPPED_WEAK_SECRETS } from '@/lib/engine/verify/weak-secrets/shipped-word-list';
import { WEAK_SECRET_LIST } from '@/lib/engine/verify/weak-secrets/word-list';

describe('the shipped weak-secret list', () => {
  it('is the head of the full list, in its order (SOURCE.md)', () => {
    expect(SHIPPED_WEAK_SECRETS.length).toBe(3520);
    expect(SHIPPED_WEAK_SECRETS).toEqual(WEAK_SECRET_LIST.slice(0, 3520));
  });

  it('holds the secrets tutorials and frameworks sign with', () => {
    for (const secret of ['your-256-bit-secret', 'secret', 'changeme', 'secretkey']) {
      expect(SHIPPED_WEAK_SECRETS).toContain(secret);
    }
  });
});
