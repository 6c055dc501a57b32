import type { Artifact, Location, Msg } from '../model/report';
import type { Snapshot, SnapshotCookie } from '../model/snapshot';
import { findAuthSdk, type SdkPlace } from '../knowledge/auth-sdks';
import { classifyCookie, type CookieClass } from './classify-cookie';
import { parseCookieHeader, parseSetCookieHeader } from './cookie-header';
import {
  decodeToken,
  describeOpaque,
  findTokensInUrl,
  findTokensInValue,
  isCredentialHeaderName,
  looksLikeJwt,
  parseAuthorization,
  type AuthorizationCredential,
  type DecodedToken,
} from './decode-facade';
import { idAllocator, shortHash } from './hash';
import { joinChunkedCookies } from './join-chunked-cookies';
import { registrableDomainOf, siteOf, type SiteInfo } from './site';
import type { Sighting, TokenDraft } from './types';

/** Per-request facts gathered while extracting, for RequestReport. */
export interface RequestFacts {
  site: SiteInfo;
  thirdParty: boolean;
  scheme?: string;
  tokenIds: Set<string>;
  setCookies: string[];
  /** Carried a credential cookie or credential header. */
  credential: boolean;
}

export interface Extraction {
  artifacts: Artifact[];
  artifactById: Map<string, Artifact>;
  /** First-party: belongs to the site's registrable domain. */
  firstParty: Map<string, boolean>;
  /** The cookie behind each cookie artifact. */
  cookieOf: Map<string, SnapshotCookie>;
  /** Per snapshot cookie (same index): its artifact and classification. */
  cookieArtifactIds: string[];
  cookieClasses: CookieClass[];
  tokens: Map<string, TokenDraft>;
  tokenById: Map<string, TokenDraft>;
  requests: Map<string, RequestFacts>;
  problems: { message: Msg; artifactId?: string }[];
  decode: (value: string) => DecodedToken;
}

const MAX_COOKIE_SCAN = 16 * 1024;

/**
 * Finds every place a credential can live in a snapshot (cookies, credential headers, URLs, web
 * storage, IndexedDB, response bodies) and groups the values into tokens, deduplicated by value.
 * Each distinct value is decoded once; requests are walked once.
 */
export function extractArtifacts(snapshot: Snapshot, site: SiteInfo): Extraction {
  const decodeMemo = new Map<string, DecodedToken>();
  const decode = (value: string): DecodedToken => {
    let decoded = decodeMemo.get(value);
    if (!decoded) {
      decoded = decodeToken(value);
      decodeMemo.set(value, decoded);
    }
    return decoded;
  };
  const allocate = idAllocator();
  const x: Extraction = {
    artifacts: [],
    artifactById: new Map(),
    firstParty: new Map(),
    cookieOf: new Map(),
    cookieArtifactIds: [],
    cookieClasses: [],
    tokens: new Map(),
    tokenById: new Map(),
    requests: new Map(),
    problems: [],
    decode,
  };
  const tokenIds = idAllocator();
  const isFirstParty = (host: string) => registrableDomainOf(host) === site.registrableDomain;

  const addArtifact = (
    base: string,
    fields: Omit<Artifact, 'id' | 'requestIds'>,
    firstParty: boolean,
  ) => {
    const artifact: Artifact = { id: allocate(base), requestIds: [], ...fields };
    x.artifacts.push(artifact);
    x.artifactById.set(artifact.id, artifact);
    x.firstParty.set(artifact.id, firstParty);
    return artifact;
  };

  const seenPairs = new Set<string>();
  const addSighting = (value: string, sighting: Sighting): TokenDraft => {
    let draft = x.tokens.get(value);
    if (!draft) {
      draft = {
        id: tokenIds(`tok-${shortHash(value)}`),
        value,
        decoded: decode(value),
        sightings: [],
        sentIn: new Set(),
      };
      x.tokens.set(value, draft);
      x.tokenById.set(draft.id, draft);
    }
    // A Set, not sightings.some(): one value in 10,000 cookies must stay linear.
    const pair = `${draft.id}\u0000${sighting.artifactId}`;
    if (!seenPairs.has(pair)) {
      seenPairs.add(pair);
      draft.sightings.push(sighting);
    }
    const artifact = x.artifactById.get(sighting.artifactId);
    if (artifact && artifact.tokenId === undefined) artifact.tokenId = draft.id;
    return draft;
  };

  const markSent = (draft: TokenDraft, requestId: string, time: number) => {
    draft.sentIn.add(requestId);
    if (Number.isFinite(time) && (draft.firstSentAt === undefined || time < draft.firstSentAt)) {
      draft.firstSentAt = time;
    }
  };

  // --- cookies -------------------------------------------------------------------------------
  const chunkOf = new Map<number, { base: string; value: string; n: number }>();
  for (const group of joinChunkedCookies(snapshot.cookies)) {
    group.indexes.forEach((index, n) =>
      chunkOf.set(index, { base: group.base, value: group.value, n }),
    );
  }
  /** `name=value` as sent in a Cookie header → the artifacts holding that cookie. */
  const cookieByPair = new Map<string, string[]>();
  const credentialCookieNames = new Set<string>();
  snapshot.cookies.forEach((cookie, index) => {
    const chunk = chunkOf.get(index);
    const location: Location = cookie.httpOnly ? 'cookie-httponly' : 'cookie-script';
    const firstParty = isFirstParty(cookie.domain);
    const partition = cookie.partitionKey?.topLevelSite;
    const artifact = addArtifact(
      `cookie:${cookie.domain}${cookie.path}:${cookie.name}${partition ? `@${partition}` : ''}`,
      {
        location,
        label: cookie.name,
        name: chunk ? chunk.base : cookie.name,
        origin: cookie.domain,
      },
      firstParty,
    );
    x.cookieOf.set(artifact.id, cookie);
    x.cookieArtifactIds.push(artifact.id);
    const pair = `${cookie.name}=${cookie.value}`;
    const holders = cookieByPair.get(pair);
    if (holders) holders.push(artifact.id);
    else cookieByPair.set(pair, [artifact.id]);

    const value = chunk ? chunk.value : cookie.value;
    const scanned = value.length <= MAX_COOKIE_SCAN ? value : '';
    const found = scanned ? findTokensInValue(scanned, chunk ? chunk.base : cookie.name) : [];
    const jwts = found.filter((f) => looksLikeJwt(f.value));
    const entropy = scanned ? describeOpaque(scanned).entropyBits : 0;
    const cls = classifyCookie(cookie, jwts.length > 0, entropy);
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
    if (!cls.is || value === '') return;
    credentialCookieNames.add(cookie.name);
    const sighting = (path?: string): Sighting => ({
      artifactId: artifact.id,
      location,
      name: chunk ? chunk.base : cookie.name,
      path,
      knownKind: path === undefined ? cls.knownKind : undefined,
      knownAs: cls.knownAs,
      firstParty,
    });
    if (jwts.length > 0) {
      for (const f of jwts) addSighting(f.value, sighting(f.path));
    } else {
      addSighting(value, sighting());
    }
  });

  // --- web storage and IndexedDB ---------------------------------------------------------------
  const scanStored = (
    place: SdkPlace & Location,
    origin: string,
    name: string,
    sdkName: string,
    value: string,
    labelBase: string,
  ) => {
    const host = siteOf(origin).hostname || origin;
    const firstParty = isFirstParty(host);
    const sdk = findAuthSdk(sdkName, place);
    for (const f of findTokensInValue(value, name)) {
      const path = f.path && f.path !== '$' ? f.path : undefined;
      const artifact = addArtifact(
        `${place}:${origin}:${name}${path ?? ''}`,
        { location: place, label: path ? `${labelBase} → ${path}` : labelBase, name, origin, path },
        firstParty,
      );
      addSighting(f.value, {
        artifactId: artifact.id,
        location: place,
        name,
        path,
        knownKind: path === undefined ? sdk?.holds : undefined,
        knownAs: sdk?.sdk,
        firstParty,
      });
    }
  };
  for (const entry of snapshot.storage) {
    scanStored(
      entry.area,
      entry.origin,
      entry.key,
      entry.key,
      entry.value,
      `${entry.area}["${entry.key}"]`,
    );
  }
  for (const entry of snapshot.indexedDB) {
    const name = `${entry.database}/${entry.store}/${entry.key}`;
    scanStored('indexedDB', entry.origin, name, entry.database, entry.value, `indexedDB ${name}`);
  }

  // --- response bodies (DevTools panel only) ---------------------------------------------------
  for (const body of snapshot.bodies) {
    const bodySite = siteOf(body.url);
    const firstParty = isFirstParty(bodySite.hostname);
    const pathname = safePathname(body.url);
    for (const f of findTokensInValue(body.body)) {
      const path = f.path && f.path !== '$' ? f.path : undefined;
      const artifact = addArtifact(
        `response-body:${bodySite.origin}${pathname}${path ?? ''}`,
        {
          location: 'response-body',
          label: path ? `${pathname} → ${path}` : pathname,
          name: pathname,
          origin: bodySite.origin,
          path,
        },
        firstParty,
      );
      if (body.requestId !== undefined) artifact.requestIds.push(body.requestId);
      addSighting(f.value, {
        artifactId: artifact.id,
        location: 'response-body',
        name: pathname,
        path,
        firstParty,
      });
    }
  }

  // --- requests --------------------------------------------------------------------------------
  const headerArtifacts = new Map<string, Artifact>();
  // Keyed by the header text itself (no concatenation): a token sent with 2,000 requests is
  // parsed once and each lookup hashes the header value once.
  const authMemo = new Map<string, { auth?: AuthorizationCredential; value: string }>();
  const otherMemo = new Map<string, { auth?: AuthorizationCredential; value: string }>();
  const parsedHeader = (lname: string, text: string) => {
    const isAuthorization = lname === 'authorization' || lname === 'proxy-authorization';
    const memo = isAuthorization ? authMemo : otherMemo;
    let parsed = memo.get(text);
    if (!parsed) {
      const auth = isAuthorization ? parseAuthorization(text) : undefined;
      parsed = auth ? { auth, value: auth.credentials } : { value: text.trim() };
      memo.set(text, parsed);
    }
    return parsed;
  };
  /** origin + header name → header text → artifact */
  const headerArtifactsBySource = new Map<string, Map<string, Artifact>>();
  // Pages send the same Cookie header with hundreds of requests: resolve each distinct header once,
  // and keep only the cookies that hold a token (the rest need no request links).
  const cookieHeaderMemo = new Map<string, Artifact[]>();
  const credentialCookiesIn = (header: string): Artifact[] => {
    let found = cookieHeaderMemo.get(header);
    if (found) return found;
    found = [];
    for (const [name, value] of parseCookieHeader(header)) {
      if (!credentialCookieNames.has(name)) continue;
      for (const artifactId of cookieByPair.get(`${name}=${value}`) ?? []) {
        const artifact = x.artifactById.get(artifactId);
        if (artifact?.tokenId !== undefined) found.push(artifact);
      }
    }
    cookieHeaderMemo.set(header, found);
    return found;
  };
  const siteMemo = new Map<string, SiteInfo>();
  const siteOfOrigin = (url: string): SiteInfo => {
    // Key by the text before the path so 2,000 requests to one API parse the host once.
    const key = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? url;
    let info = siteMemo.get(key);
    if (!info) {
      info = siteOf(key);
      siteMemo.set(key, info);
    }
    return info;
  };

  for (const request of snapshot.requests) {
    const reqSite = siteOfOrigin(request.url);
    const firstParty = reqSite.registrableDomain === site.registrableDomain;
    const facts: RequestFacts = {
      site: reqSite,
      thirdParty: !firstParty,
      tokenIds: new Set(),
      setCookies: [],
      credential: false,
    };
    x.requests.set(request.id, facts);
    const linkRequest = (artifact: Artifact, draft: TokenDraft | undefined) => {
      if (artifact.requestIds[artifact.requestIds.length - 1] !== request.id)
        artifact.requestIds.push(request.id);
      if (draft) {
        markSent(draft, request.id, request.time);
        facts.tokenIds.add(draft.id);
      }
    };

    for (const header of request.requestHeaders) {
      const lname = header.name.toLowerCase();
      if (lname === 'cookie') {
        for (const artifact of credentialCookiesIn(header.value)) {
          linkRequest(artifact, x.tokenById.get(artifact.tokenId ?? ''));
          facts.credential = true;
        }
        continue;
      }
      if (!isCredentialHeaderName(lname)) continue;
      const { auth, value } = parsedHeader(lname, header.value);
      if (value === '') continue;
      const source = `${reqSite.origin}\u0000${lname}`;
      let bySource = headerArtifactsBySource.get(source);
      if (!bySource) {
        bySource = new Map();
        headerArtifactsBySource.set(source, bySource);
      }
      let artifact = bySource.get(header.value);
      let draft: TokenDraft;
      if (!artifact) {
        const label = auth ? `${header.name}: ${auth.scheme}` : header.name;
        artifact = addArtifact(
          `header:${reqSite.origin}:${lname}:${shortHash(value)}`,
          { location: 'header', label, name: header.name, origin: reqSite.origin },
          firstParty,
        );
        bySource.set(header.value, artifact);
        draft = addSighting(value, {
          artifactId: artifact.id,
          location: 'header',
          name: header.name,
          bearer: auth?.schemeKind === 'bearer',
          header: true,
          firstParty,
        });
        if (auth?.basic) draft.basic = auth.basic;
        if (auth && auth.schemeKind !== 'bearer' && auth.schemeKind !== 'other') {
          draft.formatOverride = auth.schemeKind;
        }
        if (auth?.error) {
          x.problems.push({ message: auth.error.message, artifactId: artifact.id });
        }
      } else {
        draft =
          x.tokenById.get(artifact.tokenId ?? '') ??
          addSighting(value, {
            artifactId: artifact.id,
            location: 'header',
            name: header.name,
            firstParty,
          });
      }
      linkRequest(artifact, draft);
      facts.credential = true;
      facts.scheme ??= auth ? auth.scheme : header.name;
    }

    if (mayCarryUrlToken(request.url)) {
      for (const found of findTokensInUrl(request.url)) {
        const key = `url\u0000${reqSite.origin}\u0000${found.param}\u0000${found.value}`;
        let artifact = headerArtifacts.get(key);
        if (!artifact) {
          const mark = found.where === 'query' ? '?' : '#';
          artifact = addArtifact(
            `url:${reqSite.origin}:${found.param}:${shortHash(found.value)}`,
            {
              location: 'url',
              label: `${mark}${found.param}=`,
              name: found.param,
              origin: reqSite.origin,
            },
            firstParty,
          );
          headerArtifacts.set(key, artifact);
          addSighting(found.value, {
            artifactId: artifact.id,
            location: 'url',
            name: found.param,
            firstParty,
          });
        }
        linkRequest(artifact, x.tokenById.get(artifact.tokenId ?? ''));
        facts.credential = true;
      }
    }

    // A refresh token sent in a form body: link it to where it is stored.
    for (const [field, values] of Object.entries(request.formFields ?? {})) {
      if (!/token/i.test(field) || !Array.isArray(values)) continue;
      for (const value of values) {
        const draft = typeof value === 'string' ? x.tokens.get(value) : undefined;
        if (draft) {
          markSent(draft, request.id, request.time);
          facts.tokenIds.add(draft.id);
        }
      }
    }

    for (const header of request.responseHeaders) {
      if (header.name.toLowerCase() !== 'set-cookie') continue;
      for (const [name, value] of parseSetCookieHeader(header.value)) {
        facts.setCookies.push(name);
        for (const artifactId of cookieByPair.get(`${name}=${value}`) ?? []) {
          const artifact = x.artifactById.get(artifactId);
          if (artifact && !artifact.requestIds.includes(request.id))
            artifact.requestIds.push(request.id);
        }
      }
    }
  }

  // The page URL itself (tokens handed over in a redirect, e.g. `#access_token=`).
  if (mayCarryUrlToken(site.url)) {
    for (const found of findTokensInUrl(site.url)) {
      const artifact = addArtifact(
        `url:${site.origin}:${found.param}:${shortHash(found.value)}`,
        {
          location: 'url',
          label: `${found.where === 'query' ? '?' : '#'}${found.param}=`,
          name: found.param,
          origin: site.origin,
        },
        true,
      );
      addSighting(found.value, {
        artifactId: artifact.id,
        location: 'url',
        name: found.param,
        firstParty: true,
      });
    }
  }

  return x;
}

/**
 * Cheap pre-filter before the full URL scan: a credential in a URL is JWT-shaped or sits under a
 * token-ish parameter name (see findTokensInUrl), so a query without any of these cannot hold one.
 */
const URL_TOKEN_HINT = /eyJ|token|jwt|sess|secret|credential|code=|key|auth|sid/i;

function mayCarryUrlToken(url: string): boolean {
  const start = url.search(/[?#]/);
  return start >= 0 && URL_TOKEN_HINT.test(url.slice(start));
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.slice(0, 200);
  }
}
