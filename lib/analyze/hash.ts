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

/** Hands out ids, appending `~2`, `~3`, … when a base id repeats. */
export function idAllocator(): (base: string) => string {
  const used = new Set<string>();
  // Next suffix per base, so 10,000 look-alike cookies cost linear time, not quadratic.
  const next = new Map<string, number>();
  return (base) => {
    // Most bases are new: one look-up, and no suffix bookkeeping until a base repeats.
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    let id = `${base}~${n++}`;
    while (used.has(id)) id = `${base}~${n++}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}
