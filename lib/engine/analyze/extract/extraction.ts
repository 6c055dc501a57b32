import type { Artifact, Msg, RequestReport } from '../../model/report';
import type { SnapshotCookie } from '../../model/snapshot';
import type { CookieClass } from '../classify-cookie';
import type { RequestIds } from '../request-ids';
import type { TokenDraft } from '../types';

/** Bits of {@link Extraction.requestFlags}. */
export const REQUEST_CARRIED_CREDENTIAL = 1;
export const REQUEST_PLAIN_HTTP = 2;

/** Everything the extractors find in a snapshot: artifacts, tokens, and per-request facts. */
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
   * shows them, rather than gathered apart and copied.
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

/**
 * The request an id stands for (the last of the requests sharing it), as its report shows it.
 *
 * @example requestById(x, '10042')?.time
 */
export function requestById(x: Extraction, id: string): RequestReport | undefined {
  const index = x.requestIds.indexOf(id);
  return index === undefined ? undefined : x.requestReports[index];
}
