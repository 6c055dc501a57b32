import { describe, expect, it } from 'vitest';
import { idAllocator, shortHash } from '@/lib/analyze/hash';

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
});
