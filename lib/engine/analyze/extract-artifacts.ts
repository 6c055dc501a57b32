import type { Artifact, Location, Msg, RequestReport } from '../model/report';
import type { CapturedRequest, Snapshot, SnapshotCookie } from '../model/snapshot';
import { fieldKind, findAuthSdk, type SdkPlace } from '../knowledge/auth-sdks';
import { findHeaderScheme } from '../knowledge/header-schemes';
import { findPublicApiKey, findPublicKeyValue } from '../knowledge/public-keys';
import { classifyCookie, type CookieClass } from './classify-cookie';
import { parseCookieHeader, parseSetCookieHeader } from './cookie-header';
import {
  decodeToken,
  describeOpaque,
  findTokensInUrl,
  findTokensInValue,
  findUserinfo,
  isCredentialHeaderName,
  looksLikeJwt,
  parseAuthorization,
  readFrameworkValue,
  type AuthorizationCredential,
} from './decode-facade';
import { idAllocator, shortHash } from './hash';
import { joinChunkedCookies } from './join-chunked-cookies';
import { markOtherHostLogins } from './other-host-logins';
import { indexRequestIds, type RequestIds } from './request-ids';
import { authorityEnd } from './url-parts';
import {
  isLoopbackHost,
  isWithinDomain,
  originInfoOf,
  type OriginInfo,
  type SiteInfo,
} from './site';
import type { Sighting, TokenDraft } from './types';

/** Bits of {@link Extraction.requestFlags}. */
export const REQUEST_CARRIED_CREDENTIAL = 1;
export const REQUEST_PLAIN_HTTP = 2;

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
  /**
   * Per snapshot request (same index): its report, written while the requests are walked (token
   * ids in the order first seen). Each request's facts are kept once, in the form the report
   * shows them, rather than gathered apart and copied: 2,000 requests made 2,000 objects fewer.
   */
  requestReports: RequestReport[];
  /** Per snapshot request (same index): REQUEST_CARRIED_CREDENTIAL | REQUEST_PLAIN_HTTP. */
  requestFlags: Uint8Array;
  /** Request id → index; when two requests share an id, the id stands for the last of them. */
  requestIds: RequestIds;
  /** Two requests shared an id (`requestIds.shared`): the id stands for the last of them. */
  duplicateRequestIds: boolean;
  /** Requests sent over plain http to a host off this machine. */
  plainHttpRequestIds: ReadonlySet<string>;
  problems: { message: Msg; artifactId?: string }[];
}

const MAX_COOKIE_SCAN = 16 * 1024;

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

/** A header name as the loop needs it, worked out once per distinct spelling. */
interface HeaderName {
  lower: string;
  cookie: boolean;
  credential: boolean;
}

/** Per origin of the requests: parsed once, with the credential-header artifacts seen there. */
interface OriginState {
  info: OriginInfo;
  firstParty: boolean;
  /** Plain http to a host off this machine. */
  plainHttp: boolean;
  /**
   * lowercase header name → the header text (as parsed: one object per distinct text) →
   * artifact. Keyed by the parsed object, so a header sent with 2,000 requests has its text
   * compared once per request (in the parse memo), not twice.
   */
  headers: Map<string, Map<ParsedHeader, Artifact>>;
}

/** A credential header's text, parsed once per distinct text. */
interface ParsedHeader {
  auth?: AuthorizationCredential;
  value: string;
  /** The value is a vendor's public API key (Supabase's anon key): not a user's credential. */
  publicKey?: boolean;
}

/**
 * Finds every place a credential can live in a snapshot (cookies, credential headers, URLs, web
 * storage, IndexedDB, response bodies) and groups the values into tokens, deduplicated by value.
 * Each distinct value is decoded once; requests are walked once, and whatever repeats across
 * them (origins, header names, header texts, Cookie headers) is worked out once.
 */
export function extractArtifacts(snapshot: Snapshot, site: SiteInfo): Extraction {
  const x: Extraction = {
    artifacts: [],
    artifactById: new Map(),
    firstParty: new Map(),
    cookieOf: new Map(),
    cookieArtifactIds: [],
    cookieClasses: [],
    tokens: new Map(),
    tokenById: new Map(),
    requestReports: [],
    requestFlags: new Uint8Array(snapshot.requests.length),
    requestIds: indexRequestIds(snapshot.requests),
    duplicateRequestIds: false,
    plainHttpRequestIds: new Set(),
    problems: [],
  };
  // The id maps double as the allocators' record of ids in use.
  const allocate = idAllocator(x.artifactById);
  const tokenIds = idAllocator(x.tokenById);
  const firstPartyMemo = new Map<string, boolean>();
  const isFirstParty = (host: string): boolean => {
    let firstParty = firstPartyMemo.get(host);
    if (firstParty === undefined) {
      firstParty = isWithinDomain(host, site.registrableDomain);
      firstPartyMemo.set(host, firstParty);
    }
    return firstParty;
  };

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

  const addSighting = (value: string, sighting: Sighting, artifact: Artifact): TokenDraft => {
    let draft = x.tokens.get(value);
    if (!draft) {
      draft = {
        id: tokenIds(`tok-${shortHash(value)}`),
        value,
        // Decoded once: tokens are keyed by value, so a value seen again finds its draft.
        decoded: decodeToken(value),
        sightings: [],
        sentIn: [],
        lastRequest: -1,
        firstPartySent: 0,
        // Every field from the start: one object shape for all drafts keeps later steps fast.
        firstSentAt: undefined,
        basic: undefined,
        formatOverride: undefined,
        report: undefined,
      };
      x.tokens.set(value, draft);
      x.tokenById.set(draft.id, draft);
    }
    // One sighting per token and artifact. An artifact gets all its sightings right after it is
    // created, before the next artifact exists, so a repeat can only follow the last one.
    if (draft.sightings[draft.sightings.length - 1]?.artifactId !== sighting.artifactId) {
      draft.sightings.push(sighting);
    }
    artifact.tokenId ??= draft.id;
    return draft;
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
  const cookieNames = new Set(snapshot.cookies.map((c) => c.name));
  const hasCookie = (name: string) => cookieNames.has(name);
  snapshot.cookies.forEach((cookie, index) => {
    const chunk = chunkOf.get(index);
    const location: Location = cookie.httpOnly ? 'cookie-httponly' : 'cookie-script';
    const firstParty = isFirstParty(cookie.domain);
    const partition = cookie.partitionKey?.topLevelSite;
    const name = chunk ? chunk.base : cookie.name;
    const artifact = addArtifact(
      `cookie:${cookie.domain}${cookie.path}:${cookie.name}${partition ? `@${partition}` : ''}`,
      { location, label: cookie.name, name, origin: cookie.domain },
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
    credentialCookieNames.add(cookie.name);
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
        const draft = addSighting(f.value, sighting(f.path), artifact);
        if (framework) draft.decoded = { ...draft.decoded, framework };
      }
    } else {
      const draft = addSighting(value, sighting(), artifact);
      // Signed or encrypted data, not an opaque id: its randomness says nothing.
      if (framework) draft.decoded = { format: 'opaque', framework };
    }
  });

  // --- web storage and IndexedDB ---------------------------------------------------------------
  // Thousands of entries share a handful of origins: parse each origin once.
  const storedFirstParty = new Map<string, boolean>();
  const isStoredFirstParty = (origin: string): boolean => {
    let firstParty = storedFirstParty.get(origin);
    if (firstParty === undefined) {
      firstParty = isFirstParty(originInfoOf(origin).hostname || origin);
      storedFirstParty.set(origin, firstParty);
    }
    return firstParty;
  };
  const scanStored = (
    place: SdkPlace & Location,
    origin: string,
    name: string,
    sdkName: string,
    value: string,
    labelBase: string,
  ) => {
    const sdk = findAuthSdk(sdkName, place);
    // The SDK's own bookkeeping (OAuth state, cache key lists, flags): nothing to find there.
    if (sdk?.notCredential) return;
    const found = findTokensInValue(value, name);
    if (found.length === 0) return;
    const firstParty = isStoredFirstParty(origin);
    for (const f of found) {
      const path = f.path && f.path !== '$' ? f.path : undefined;
      const artifact = addArtifact(
        `${place}:${origin}:${name}${path ?? ''}`,
        { location: place, label: path ? `${labelBase} → ${path}` : labelBase, name, origin, path },
        firstParty,
      );
      addSighting(
        f.value,
        {
          artifactId: artifact.id,
          location: place,
          name,
          path,
          knownKind: path === undefined ? sdk?.holds : fieldKind(sdk, path),
          knownAs: sdk?.sdk,
          firstParty,
        },
        artifact,
      );
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
    const bodySite = originInfoOf(body.url);
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
      addSighting(
        f.value,
        {
          artifactId: artifact.id,
          location: 'response-body',
          name: pathname,
          path,
          firstParty,
        },
        artifact,
      );
    }
  }

  // --- requests --------------------------------------------------------------------------------
  const urlArtifacts = new Map<string, Artifact>();
  // Keyed by the header text itself (no concatenation): a token sent with 2,000 requests is
  // parsed once and each lookup hashes the header value once.
  const authMemo = new Map<string, ParsedHeader>();
  const otherMemo = new Map<string, ParsedHeader>();
  const parsedHeader = (lname: string, text: string): ParsedHeader => {
    const isAuthorization = lname === 'authorization' || lname === 'proxy-authorization';
    const memo = isAuthorization ? authMemo : otherMemo;
    let parsed = memo.get(text);
    if (!parsed) {
      const auth = isAuthorization ? parseAuthorization(text) : undefined;
      parsed = auth ? { auth, value: auth.credentials } : { value: text.trim() };
      const publicKey = looksLikeJwt(parsed.value)
        ? findPublicApiKey(decodeToken(parsed.value).jws?.payload)
        : findPublicKeyValue(parsed.value);
      if (publicKey) parsed.publicKey = true;
      memo.set(text, parsed);
    }
    return parsed;
  };
  const headerNames = new Map<string, HeaderName>();
  const headerNameOf = (name: string): HeaderName => {
    let known = headerNames.get(name);
    if (!known) {
      const lower = name.toLowerCase();
      known = {
        lower,
        cookie: lower === 'cookie',
        credential: lower !== 'cookie' && isCredentialHeaderName(lower),
      };
      headerNames.set(name, known);
    }
    return known;
  };
  // Pages send the same Cookie header with hundreds of requests: resolve each distinct header once,
  // and keep only the cookies that hold a token (the rest need no request links).
  const cookieHeaderMemo = new Map<string, { artifact: Artifact; draft: TokenDraft }[]>();
  const credentialCookiesIn = (header: string) => {
    let found = cookieHeaderMemo.get(header);
    if (found) return found;
    found = [];
    for (const [name, value] of parseCookieHeader(header)) {
      if (!credentialCookieNames.has(name)) continue;
      for (const artifactId of cookieByPair.get(`${name}=${value}`) ?? []) {
        const artifact = x.artifactById.get(artifactId);
        const draft = x.tokenById.get(artifact?.tokenId ?? '');
        if (artifact && draft) found.push({ artifact, draft });
      }
    }
    cookieHeaderMemo.set(header, found);
    return found;
  };
  const originByKey = new Map<string, OriginState>();
  const headersByOrigin = new Map<string, OriginState['headers']>();
  let last: { key: string; state: OriginState } | undefined;
  const originOf = (url: string): OriginState => {
    // Keyed by the text before the path, so 2,000 requests to one API parse the host once;
    // and runs of requests to one origin skip even the look-up: a URL that starts with the
    // last `scheme://authority` and goes on with a path, query or fragment has that authority.
    // lastIndexOf from 0 is startsWith, several times cheaper in V8 on thousands of URLs.
    if (last && url.lastIndexOf(last.key, 0) === 0) {
      const next = url.charCodeAt(last.key.length);
      if (Number.isNaN(next) || next === 0x2f || next === 0x3f || next === 0x23) return last.state;
    }
    const end = authorityEnd(url);
    const key = end < 0 ? url : url.slice(0, end);
    let state = originByKey.get(key);
    if (!state) {
      const info = originInfoOf(key);
      // Spellings of one origin (`HTTPS://API.example.com`) share their header artifacts.
      let headers = headersByOrigin.get(info.origin);
      if (!headers) {
        headers = new Map();
        headersByOrigin.set(info.origin, headers);
      }
      state = {
        info,
        firstParty: isFirstParty(info.hostname),
        plainHttp: isPlainHttp(info),
        headers,
      };
      originByKey.set(key, state);
    }
    // Only a real `scheme://authority` prefix can stand for the URLs that start with it.
    last = end < 0 ? undefined : { key, state };
    return state;
  };
  /**
   * HTTP authentication credentials written into a URL (`http://user:pass@host/`): the browser
   * sends them as Basic (or answers a Digest challenge with them). The password never enters
   * the report (capture already drops it from request URLs): the token is the user name. One
   * artifact per origin and user.
   */
  const userinfoArtifacts = new Map<string, { artifact: Artifact; draft: TokenDraft }>();
  const userinfoArtifact = (url: string, origin: string, ofSite: boolean) => {
    if (!url.includes('@')) return undefined;
    const found = findUserinfo(url);
    if (!found?.user) return undefined;
    const value = found.user;
    const key = `${origin}\u0000${value}`;
    let known = userinfoArtifacts.get(key);
    if (!known) {
      const artifact = addArtifact(
        `url:${origin}:userinfo:${shortHash(value)}`,
        { location: 'url', label: `${found.user}@`, name: 'userinfo', origin },
        ofSite,
      );
      const draft = addSighting(
        value,
        { artifactId: artifact.id, location: 'url', name: 'userinfo', firstParty: ofSite },
        artifact,
      );
      draft.basic = { user: found.user, password: '' };
      draft.formatOverride = 'basic';
      known = { artifact, draft };
      userinfoArtifacts.set(key, known);
    }
    return known;
  };

  const plainHttpIds = new Set<string>();
  x.plainHttpRequestIds = plainHttpIds;
  /** Whether a request's initiator (an origin) is of this site; each initiator parsed once. */
  const initiators = new Map<string, boolean>();
  const byThisSite = (initiator: string): boolean => {
    let ours = initiators.get(initiator);
    if (ours === undefined) {
      ours = isFirstParty(originInfoOf(initiator).hostname);
      initiators.set(initiator, ours);
    }
    return ours;
  };

  // The request being walked, for `sent` and `link` (made once, not once per request).
  let index = -1;
  let request: CapturedRequest | undefined;
  let firstParty = false;
  // Its token ids and Set-Cookie names, gathered in arrays reused for every request and copied
  // at their final length into its report, which is made once the request has been walked.
  const sentTokenIds: string[] = [];
  let tokenCount = 0;
  const setCookies: string[] = [];
  let scheme: string | undefined;
  /** Records that the current request carried the token (once per request). */
  const sent = (draft: TokenDraft, ofThisSite = firstParty) => {
    if (draft.lastRequest === index || !request) return;
    draft.lastRequest = index;
    draft.sentIn.push(request.id);
    if (ofThisSite) draft.firstPartySent += 1;
    const time = request.time;
    if (Number.isFinite(time) && (draft.firstSentAt === undefined || time < draft.firstSentAt)) {
      draft.firstSentAt = time;
    }
    sentTokenIds[tokenCount++] = draft.id;
  };
  const link = (artifact: Artifact) => {
    const ids = artifact.requestIds;
    if (request && ids[ids.length - 1] !== request.id) ids.push(request.id);
  };

  const flags = x.requestFlags;
  for (request of snapshot.requests) {
    index += 1;
    const origin = originOf(request.url);
    const reqSite = origin.info;
    firstParty = origin.firstParty;
    // A credential header that a page of this site put on a request of its own (the top frame) is
    // this site's login wherever the API lives: single-page apps call APIs on other sites.
    const headerFirstParty =
      firstParty ||
      (request.frameId === 0 && request.initiator !== undefined && byThisSite(request.initiator));
    tokenCount = 0;
    let setCookieCount = 0;
    scheme = undefined;
    let carried = 0;
    if (origin.plainHttp) plainHttpIds.add(request.id);

    for (const header of request.requestHeaders) {
      const hname = headerNameOf(header.name);
      if (hname.cookie) {
        for (const { artifact, draft } of credentialCookiesIn(header.value)) {
          link(artifact);
          sent(draft);
          carried = REQUEST_CARRIED_CREDENTIAL;
        }
        continue;
      }
      if (!hname.credential) continue;
      const lname = hname.lower;
      const parsed = parsedHeader(lname, header.value);
      const { auth, value } = parsed;
      if (value === '' || parsed.publicKey) continue;
      let byText = origin.headers.get(lname);
      if (!byText) {
        byText = new Map();
        origin.headers.set(lname, byText);
      }
      let artifact = byText.get(parsed);
      let draft: TokenDraft;
      if (!artifact) {
        const label = auth ? `${header.name}: ${auth.scheme}` : header.name;
        artifact = addArtifact(
          `header:${reqSite.origin}:${lname}:${shortHash(value)}`,
          { location: 'header', label, name: header.name, origin: reqSite.origin },
          headerFirstParty,
        );
        byText.set(parsed, artifact);
        const known = findHeaderScheme(auth?.scheme);
        draft = addSighting(
          value,
          {
            artifactId: artifact.id,
            location: 'header',
            name: header.name,
            bearer: auth?.schemeKind === 'bearer',
            header: true,
            firstParty: headerFirstParty,
            ...(known ? { knownKind: known.holds, knownAs: known.by } : {}),
          },
          artifact,
        );
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
          addSighting(
            value,
            {
              artifactId: artifact.id,
              location: 'header',
              name: header.name,
              firstParty: headerFirstParty,
            },
            artifact,
          );
      }
      link(artifact);
      sent(draft, headerFirstParty);
      carried = REQUEST_CARRIED_CREDENTIAL;
      scheme ??= auth ? auth.scheme : header.name;
    }

    if (mayCarryUrlToken(request.url)) {
      for (const found of findTokensInUrl(request.url)) {
        const key = `${reqSite.origin}\u0000${found.param}\u0000${found.value}`;
        let artifact = urlArtifacts.get(key);
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
          urlArtifacts.set(key, artifact);
          addSighting(
            found.value,
            {
              artifactId: artifact.id,
              location: 'url',
              name: found.param,
              knownKind: found.purpose,
              firstParty,
            },
            artifact,
          );
        }
        link(artifact);
        const draft = x.tokenById.get(artifact.tokenId ?? '');
        if (draft) sent(draft);
        carried = REQUEST_CARRIED_CREDENTIAL;
      }
    }

    const userinfo = userinfoArtifact(request.url, reqSite.origin, firstParty);
    if (userinfo) {
      link(userinfo.artifact);
      sent(userinfo.draft);
      carried = REQUEST_CARRIED_CREDENTIAL;
      scheme ??= 'Basic';
    }

    // A refresh token sent in a form body: link it to where it is stored.
    if (request.formFields) {
      for (const [field, values] of Object.entries(request.formFields)) {
        if (!/token/i.test(field) || !Array.isArray(values)) continue;
        for (const value of values) {
          const draft = typeof value === 'string' ? x.tokens.get(value) : undefined;
          if (draft) sent(draft);
        }
      }
    }

    for (const header of request.responseHeaders) {
      if (headerNameOf(header.name).lower !== 'set-cookie') continue;
      for (const [name, value] of parseSetCookieHeader(header.value)) {
        setCookies[setCookieCount++] = name;
        for (const artifactId of cookieByPair.get(`${name}=${value}`) ?? []) {
          const artifact = x.artifactById.get(artifactId);
          if (artifact && !artifact.requestIds.includes(request.id))
            artifact.requestIds.push(request.id);
        }
      }
    }
    flags[index] = carried | (origin.plainHttp ? REQUEST_PLAIN_HTTP : 0);
    x.requestReports.push(
      requestReport(
        request,
        reqSite.origin,
        !firstParty,
        sentTokenIds.slice(0, tokenCount),
        setCookies.slice(0, setCookieCount),
        scheme,
      ),
    );
  }
  if (x.requestIds.shared) {
    // Two requests shared an id (a bad recording): the id stands for the last of them, as in
    // `requestIds`, and a token lists each id once.
    x.duplicateRequestIds = true;
    const isFirstPartyId = (id: string) => requestById(x, id)?.thirdParty === false;
    for (const draft of x.tokens.values()) {
      draft.sentIn = [...new Set(draft.sentIn)];
      draft.firstPartySent = draft.sentIn.filter(isFirstPartyId).length;
    }
    plainHttpIds.clear();
    snapshot.requests.forEach(({ id }, i) => {
      if (flags[x.requestIds.indexOf(id) ?? i]! & REQUEST_PLAIN_HTTP) plainHttpIds.add(id);
    });
  }

  userinfoArtifact(site.url, site.origin, true);
  markOtherHostLogins(x, snapshot.cookies, site.hostname, (id) => requestById(x, id));

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
      addSighting(
        found.value,
        {
          artifactId: artifact.id,
          location: 'url',
          name: found.param,
          knownKind: found.purpose,
          firstParty: true,
        },
        artifact,
      );
    }
  }

  return x;
}

/**
 * The request an id stands for (the last of the requests sharing it), as its report shows it.
 *
 * @example requestById(x, '10042')?.time
 */
export function requestById(x: Extraction, id: string): RequestReport | undefined {
  const index = x.requestIds.indexOf(id);
  return index === undefined ? undefined : x.requestReports[index];
}

/**
 * A request's report, made at its final size: one literal per combination of the optional
 * fields, each in the report's key order (status, then scheme).
 */
function requestReport(
  r: CapturedRequest,
  origin: string,
  thirdParty: boolean,
  tokenIds: string[],
  setCookies: string[],
  scheme: string | undefined,
): RequestReport {
  const { id, url, method, type, time, status } = r;
  if (status === undefined) {
    return scheme === undefined
      ? { id, url, origin, method, type, time, thirdParty, tokenIds, setCookies }
      : { id, url, origin, method, type, time, thirdParty, tokenIds, setCookies, scheme };
  }
  return scheme === undefined
    ? { id, url, origin, method, type, time, thirdParty, tokenIds, setCookies, status }
    : { id, url, origin, method, type, time, thirdParty, tokenIds, setCookies, status, scheme };
}

/** Plain http to a host off this machine: credentials there cross the network in the clear. */
function isPlainHttp(info: OriginInfo): boolean {
  return info.protocol === 'http:' && !isLoopbackHost(info.hostname);
}

/**
 * Cheap pre-filter before the full URL scan: a credential in a URL is JWT-shaped or sits under a
 * token-ish parameter name (see findTokensInUrl), so a query without any of these cannot hold one.
 */
const URL_TOKEN_HINT = /eyJ|token|jwt|sess|secret|credential|code=|key|auth|sid/gi;

function mayCarryUrlToken(url: string): boolean {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const start = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
  if (start < 0) return false;
  // Searched in place from the `?` or `#` (the pattern has no anchors), not in a copy of the rest.
  URL_TOKEN_HINT.lastIndex = start;
  return URL_TOKEN_HINT.test(url);
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.slice(0, 200);
  }
}
