import { encodeCandidates, uniqueWords, type CandidateList } from './candidate-list';
import { hostCandidates } from './host-candidates';

/** The site a token was seen on, as the snapshot names it. */
export interface SiteHint {
  url: string;
  registrableDomain?: string;
}

/**
 * Every candidate of one search, in the order tried: the site's own names first (few, and the
 * likeliest for this site), then the shipped list, each secret once.
 */
export function buildCandidates(list: readonly string[], site?: SiteHint): CandidateList {
  const fromHost = site ? hostCandidates(site.url, site.registrableDomain) : [];
  return encodeCandidates(uniqueWords([fromHost, list]));
}
