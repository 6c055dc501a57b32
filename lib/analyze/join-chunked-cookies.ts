import type { SnapshotCookie } from '../model/snapshot';

export interface CookieChunkGroup {
  /** The name without the `.N` suffix. */
  base: string;
  /** Indexes into the cookie list, in chunk order. */
  indexes: number[];
  /** The chunks' values concatenated. */
  value: string;
}

const CHUNK = /^(.+)\.(\d{1,3})$/;

/**
 * Finds cookies split into `name.0`, `name.1`, … chunks (Auth.js, Supabase SSR and others do this
 * to stay under the 4 KB cookie limit) and joins their values, so the token is decoded whole.
 * A group needs a `.0` chunk, two or more chunks, and the same domain, path and partition.
 */
export function joinChunkedCookies(cookies: readonly SnapshotCookie[]): CookieChunkGroup[] {
  const groups = new Map<string, { base: string; chunks: { n: number; index: number }[] }>();
  cookies.forEach((cookie, index) => {
    const match = CHUNK.exec(cookie.name);
    if (!match) return;
    const base = match[1] ?? '';
    const key = [base, cookie.domain, cookie.path, cookie.partitionKey?.topLevelSite ?? ''].join(
      '\u0000',
    );
    const group = groups.get(key) ?? { base, chunks: [] };
    groups.set(key, group);
    group.chunks.push({ n: Number(match[2]), index });
  });
  const result: CookieChunkGroup[] = [];
  for (const { base, chunks } of groups.values()) {
    if (chunks.length < 2) continue;
    chunks.sort((a, b) => a.n - b.n);
    // Chunks must run 0, 1, 2, … without gaps, or the joined value would be wrong.
    if (chunks.some((chunk, i) => chunk.n !== i)) continue;
    result.push({
      base,
      indexes: chunks.map((chunk) => chunk.index),
      value: chunks.map((chunk) => cookies[chunk.index]?.value ?? '').join(''),
    });
  }
  return result;
}
