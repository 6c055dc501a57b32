import type { SnapshotCookie } from '../model/snapshot';

export interface CookieChunkGroup {
  /** The name without the chunk suffix. */
  base: string;
  /** Indexes into the cookie list, in chunk order. */
  indexes: number[];
  /** The chunks' values concatenated. */
  value: string;
}

/**
 * `name.0`, `name.1`, … (Auth.js, @supabase/ssr, iron-session), the AWS load balancer's
 * `AWSELBAuthSessionCookie-0`, `-1`, … and oauth2-proxy's `_oauth2_proxy_0`, `_1`, … shards.
 */
const CHUNK = /^(.+)\.(\d{1,3})$|^(AWSELBAuthSessionCookie-|_oauth2_proxy_)(\d{1,3})$/;
/**
 * ASP.NET Core's ChunkingCookieManager: the cookie itself says `chunks-N` and the data sits in
 * `nameC1` … `nameCN`.
 * https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.authentication.cookies.chunkingcookiemanager
 */
const ASPNET_CHUNKS = /^chunks-(\d{1,2})$/;

const scopeKey = (cookie: SnapshotCookie) =>
  [cookie.domain, cookie.path, cookie.partitionKey?.topLevelSite ?? ''].join('\u0000');

/** Numbered chunks (`.0`, `.1`, …): a group needs a `.0` and no gap. */
function numberedGroups(cookies: readonly SnapshotCookie[]): CookieChunkGroup[] {
  const groups = new Map<string, { base: string; chunks: { n: number; index: number }[] }>();
  cookies.forEach((cookie, index) => {
    const match = CHUNK.exec(cookie.name);
    if (!match) return;
    // The separator of a shard suffix is not part of the name it continues.
    const base = match[1] ?? match[3]?.slice(0, -1) ?? '';
    const key = `${base}\u0000${scopeKey(cookie)}`;
    const group = groups.get(key) ?? { base, chunks: [] };
    groups.set(key, group);
    group.chunks.push({ n: Number(match[2] ?? match[4]), index });
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

/** ASP.NET Core chunks: every one of `nameC1` … `nameCN` must be there. */
function aspNetGroups(cookies: readonly SnapshotCookie[]): CookieChunkGroup[] {
  const result: CookieChunkGroup[] = [];
  const byName = new Map<string, number>();
  cookies.forEach((cookie, index) => byName.set(`${cookie.name}\u0000${scopeKey(cookie)}`, index));
  cookies.forEach((cookie, index) => {
    const count = Number(ASPNET_CHUNKS.exec(cookie.value)?.[1] ?? 0);
    if (count < 1) return;
    const indexes = [index];
    for (let n = 1; n <= count; n++) {
      const at = byName.get(`${cookie.name}C${n}\u0000${scopeKey(cookie)}`);
      if (at === undefined) return;
      indexes.push(at);
    }
    const value = indexes
      .slice(1)
      .map((i) => cookies[i]?.value ?? '')
      .join('');
    result.push({ base: cookie.name, indexes, value });
  });
  return result;
}

/**
 * Finds cookies split into chunks to stay under the 4 KB cookie limit and joins their values,
 * so the token or session inside is decoded whole. Chunks of one group share domain, path and
 * partition.
 */
export function joinChunkedCookies(cookies: readonly SnapshotCookie[]): CookieChunkGroup[] {
  return [...numberedGroups(cookies), ...aspNetGroups(cookies)];
}
