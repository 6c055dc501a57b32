import type { Expiry, Location, TokenKind, TokenReport } from '../model/report';
import type { SnapshotCookie } from '../model/snapshot';
import type { DecodedToken } from './decode-facade';

export type { Expiry };

/** The cookie fields expiry needs, so tests can pass partial cookies. */
export type SnapshotCookieLike = Pick<SnapshotCookie, 'session' | 'expirationDate'>;

/** Where, inside one artifact, a value was found: the input of token-kind guessing. */
export interface Sighting {
  artifactId: string;
  location: Location;
  /** Cookie name, storage key, header name or URL parameter. */
  name: string;
  /** JSON path inside the stored value. */
  path?: string;
  /** Sent in an `Authorization: Bearer` (or DPoP) header. */
  bearer?: boolean;
  /** Sent in a credential header other than Authorization (x-auth-token, …). */
  header?: boolean;
  /** A knowledge table says what this place holds. */
  knownKind?: TokenKind;
  knownAs?: string;
  /** First-party: the site's own cookie, storage, or a request to the site's registrable domain. */
  firstParty: boolean;
}

/** A distinct token value while the report is being built. */
export interface TokenDraft {
  id: string;
  value: string;
  decoded: DecodedToken;
  sightings: Sighting[];
  /** Ids of the requests that carried it, each once, in request order. */
  sentIn: string[];
  /** Index of the last request that carried it: repeats within one request count once. */
  lastRequest: number;
  /** How many of `sentIn` went to the site's own registrable domain. */
  firstPartySent: number;
  /** Earliest time a request carried it (ms). */
  firstSentAt?: number;
  basic?: { user: string; password: string };
  formatOverride?: 'basic' | 'digest' | 'negotiate';
  /** The token's report, once built: lets later steps find it by id without another Map. */
  report?: TokenReport;
}
