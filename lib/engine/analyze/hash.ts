/**
 * FNV-1a (32-bit) of a string as 8 hex digits: a short, stable id for a value, so the same token
 * keeps its id across re-analyses (the UI keeps a selection by id). Not a security hash.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Hands out ids, appending `~2`, `~3`, … when a base id repeats. `taken` may be the caller's own
 * map of the ids in use, which saves keeping every id twice; the caller then adds each id it gets
 * to that map before asking for the next.
 *
 * @example const allocate = idAllocator(); [allocate('a'), allocate('a')] // ['a', 'a~2']
 */
export function idAllocator(taken?: { has(id: string): boolean }): (base: string) => string {
  const own = taken ? undefined : new Set<string>();
  const used = taken ?? own ?? new Set<string>();
  // Next suffix per base, so 10,000 look-alike cookies cost linear time, not quadratic.
  const next = new Map<string, number>();
  return (base) => {
    // Most bases are new: one look-up, and no suffix bookkeeping until a base repeats.
    if (!used.has(base)) {
      own?.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    let id = `${base}~${n++}`;
    while (used.has(id)) id = `${base}~${n++}`;
    next.set(base, n);
    own?.add(id);
    return id;
  };
}
