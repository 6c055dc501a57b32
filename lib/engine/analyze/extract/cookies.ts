import type { Location } from '../../model/report';
import type { SnapshotCookie } from '../../model/snapshot';
import { classifyCookie } from '../classify-cookie';
import {
  describeOpaque,
  findTokensInValue,
  looksLikeJwt,
  readFrameworkValue,
} from '../decode-facade';
import { joinChunkedCookies } from '../join-chunked-cookies';
import type { Sighting } from '../types';
import type { ArtifactIndex } from './artifact-index';

/** Longest cookie value scanned for tokens; longer ones are reported as too large. */
const MAX_COOKIE_SCAN = 16 * 1024;

/** What the request extractors need of the cookie jar to link requests to cookies. */
export interface CookieJar {
  /** `name=value` as sent in a Cookie header → the artifacts holding that cookie. */
  artifactIdsByPair: Map<string, string[]>;
  /** Names of the cookies that hold a credential token. */
  credentialNames: Set<string>;
}

/**
 * True when a cookie value may hold a JWT once unwrapped: one in the clear (`eyJ`), or hidden by
 * the only wrappings findTokensInValue undoes (URL-encoding, JSON escapes, Supabase's `base64-`).
 * The rest (most cookies: ids, flags, analytics) skip the full scan, which could find nothing.
 */
function mayHoldJwt(value: string): boolean {
  return (
    value.includes('eyJ') ||
    value.includes('%') ||
    value.includes('\\') ||
    value.includes('base64-')
  );
}

/**
 * One artifact per cookie, classified; the credential cookies' values (or the JWTs inside them)
 * become tokens. Chunked cookies (`name.0`, `name.1`, …) are read as their joined value.
 */
export function extractCookies(
  cookies: readonly SnapshotCookie[],
  index: ArtifactIndex,
): CookieJar {
  const chunkOf = new Map<number, { base: string; value: string }>();
  for (const group of joinChunkedCookies(cookies)) {
    for (const i of group.indexes) chunkOf.set(i, { base: group.base, value: group.value });
  }
  const jar: CookieJar = { artifactIdsByPair: new Map(), credentialNames: new Set() };
  const names = new Set(cookies.map((c) => c.name));
  const hasCookie = (name: string) => names.has(name);
  cookies.forEach((cookie, i) => {
    const chunk = chunkOf.get(i);
    extractCookie(
      cookie,
      chunk?.base ?? cookie.name,
      chunk?.value ?? cookie.value,
      index,
      jar,
      hasCookie,
    );
  });
  return jar;
}

function extractCookie(
  cookie: SnapshotCookie,
  name: string,
  value: string,
  index: ArtifactIndex,
  jar: CookieJar,
  hasCookie: (name: string) => boolean,
): void {
  const { x } = index;
  const location: Location = cookie.httpOnly ? 'cookie-httponly' : 'cookie-script';
  const firstParty = index.isFirstParty(cookie.domain);
  const partition = cookie.partitionKey?.topLevelSite;
  const artifact = index.addArtifact(
    `cookie:${cookie.domain}${cookie.path}:${cookie.name}${partition ? `@${partition}` : ''}`,
    { location, label: cookie.name, name, origin: cookie.domain },
    firstParty,
  );
  x.cookieOf.set(artifact.id, cookie);
  x.cookieArtifactIds.push(artifact.id);
  const pair = `${cookie.name}=${cookie.value}`;
  const holders = jar.artifactIdsByPair.get(pair);
  if (holders) holders.push(artifact.id);
  else jar.artifactIdsByPair.set(pair, [artifact.id]);

  const scanned = value.length <= MAX_COOKIE_SCAN ? value : '';
  // A framework's own format first: Flask's signed session looks like a JWT, but is not one.
  const framework = scanned ? readFrameworkValue(name, scanned, hasCookie) : undefined;
  const jwts =
    scanned && mayHoldJwt(scanned) && (!framework || framework.format === 'authjs-jwe')
      ? findTokensInValue(scanned, name).filter((f) => looksLikeJwt(f.value))
      : [];
  // Entropy only matters to the last rule of classifyCookie; most cookies never get there.
  const entropy = () => (scanned ? describeOpaque(scanned).entropyBits : 0);
  const cls = classifyCookie(cookie, jwts.length > 0, entropy, framework);
  x.cookieClasses.push(cls);
  if (value.length > MAX_COOKIE_SCAN) {
    x.problems.push({
      message: {
        key: 'analysis.problem.value-too-large',
        params: { name: cookie.name, bytes: value.length },
      },
      artifactId: artifact.id,
    });
  }
  // A sign-in service's own session on another host is its login, not this site's: no token.
  if (!cls.is || value === '' || cls.signInService) return;
  jar.credentialNames.add(cookie.name);
  const sighting = (path?: string): Sighting => ({
    artifactId: artifact.id,
    location,
    name,
    path,
    knownKind: path === undefined ? cls.knownKind : undefined,
    knownAs: cls.knownAs,
    firstParty,
  });
  if (jwts.length > 0) {
    for (const f of jwts) {
      const draft = index.addSighting(f.value, sighting(f.path), artifact);
      if (framework) draft.decoded = { ...draft.decoded, framework };
    }
  } else {
    const draft = index.addSighting(value, sighting(), artifact);
    // Signed or encrypted data, not an opaque id: its randomness says nothing.
    if (framework) draft.decoded = { format: 'opaque', framework };
  }
}
