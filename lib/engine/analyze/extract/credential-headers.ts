import type { Artifact } from '../../model/report';
import type { HttpHeader } from '../../model/snapshot';
import { findHeaderScheme } from '../../knowledge/header-schemes';
import { findPublicApiKey, findPublicKeyValue } from '../../knowledge/public-keys';
import {
  decodeToken,
  looksLikeJwt,
  parseAuthorization,
  type AuthorizationCredential,
} from '../decode-facade';
import { shortHash } from '../hash';
import type { TokenDraft } from '../types';
import type { ArtifactIndex } from './artifact-index';
import { COOKIE_SCHEME } from './request-cookies';
import type { RequestVisit } from './request-visit';

/** A credential header's text, parsed once per distinct text. */
export interface ParsedHeader {
  auth?: AuthorizationCredential;
  value: string;
  /** The value is a vendor's public API key (Supabase's anon key): not a user's credential. */
  publicKey?: boolean;
}

/**
 * Parses credential header texts, each distinct text once. Keyed by the header text itself (no
 * concatenation): a token sent with 2,000 requests is parsed once and each look-up hashes the
 * header value once.
 */
function headerParser(): (lowerName: string, text: string) => ParsedHeader {
  const authMemo = new Map<string, ParsedHeader>();
  const otherMemo = new Map<string, ParsedHeader>();
  return (lowerName, text) => {
    const isAuthorization = lowerName === 'authorization' || lowerName === 'proxy-authorization';
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
}

/**
 * Credential headers (Authorization, Proxy-Authorization, x-auth-token, …): one artifact per
 * origin, header name and text; the value becomes a token the request carried.
 */
export function credentialHeaderExtractor(
  index: ArtifactIndex,
): (visit: RequestVisit, header: HttpHeader, lowerName: string) => void {
  const parse = headerParser();
  return (visit, header, lowerName) => {
    const parsed = parse(lowerName, header.value);
    if (parsed.value === '' || parsed.publicKey) return;
    let byText = visit.origin.headers.get(lowerName);
    if (!byText) {
      byText = new Map();
      visit.origin.headers.set(lowerName, byText);
    }
    const ofSite = visit.headerFirstParty;
    let artifact = byText.get(parsed);
    let draft: TokenDraft;
    if (!artifact) {
      ({ artifact, draft } = addHeaderArtifact(index, visit, header, lowerName, parsed));
      byText.set(parsed, artifact);
    } else {
      draft =
        index.tokenOf(artifact) ??
        index.addSighting(
          parsed.value,
          { artifactId: artifact.id, location: 'header', name: header.name, firstParty: ofSite },
          artifact,
        );
    }
    visit.link(artifact);
    visit.sent(draft, ofSite);
    visit.carried = true;
    if (visit.scheme === undefined || visit.scheme === COOKIE_SCHEME) {
      visit.scheme = parsed.auth ? parsed.auth.scheme : header.name;
    }
  };
}

function addHeaderArtifact(
  index: ArtifactIndex,
  visit: RequestVisit,
  header: HttpHeader,
  lowerName: string,
  { auth, value }: ParsedHeader,
): { artifact: Artifact; draft: TokenDraft } {
  const origin = visit.origin.info.origin;
  const ofSite = visit.headerFirstParty;
  const artifact = index.addArtifact(
    `header:${origin}:${lowerName}:${shortHash(value)}`,
    {
      location: 'header',
      label: auth ? `${header.name}: ${auth.scheme}` : header.name,
      name: header.name,
      origin,
    },
    ofSite,
  );
  const known = findHeaderScheme(auth?.scheme);
  const draft = index.addSighting(
    value,
    {
      artifactId: artifact.id,
      location: 'header',
      name: header.name,
      bearer: auth?.schemeKind === 'bearer',
      header: true,
      firstParty: ofSite,
      ...(known ? { knownKind: known.holds, knownAs: known.by } : {}),
    },
    artifact,
  );
  if (auth?.basic) draft.basic = auth.basic;
  if (auth && auth.schemeKind !== 'bearer' && auth.schemeKind !== 'other') {
    draft.formatOverride = auth.schemeKind;
  }
  if (auth?.error) index.x.problems.push({ message: auth.error.message, artifactId: artifact.id });
  return { artifact, draft };
}
