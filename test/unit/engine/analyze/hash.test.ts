import { describe, expect, it } from 'vitest';
import { idAllocator, shortHash } from '@/lib/engine/analyze/hash';

describe('ids', () => {
  it('gives the same value the same short hash and different values different ones', () => {
    expect(shortHash('eyJhbGciOi')).toBe(shortHash('eyJhbGciOi'));
    expect(shortHash('a')).not.toBe(shortHash('b'));
    expect(shortHash('x')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('never hands out the same id twice', () => {
    const allocate = idAllocator();
    const ids = ['c', 'c', 'c~2', 'c', 'd'].map(allocate);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('c');
  });

  it("never hands out an id the caller's own map already holds", () => {
    const inUse = new Map<string, number>();
    const allocate = idAllocator(inUse);
    for (const base of ['c', 'c', 'c~2', 'c', 'd']) inUse.set(allocate(base), 1);
    expect([...inUse.keys()]).toEqual(['c', 'c~2', 'c~2~2', 'c~3', 'd']);
  });
});
