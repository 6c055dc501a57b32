import type { Artifact, RequestReport } from '../../model/report';
import type { CapturedRequest } from '../../model/snapshot';
import type { TokenDraft } from '../types';
import { REQUEST_CARRIED_CREDENTIAL, REQUEST_PLAIN_HTTP } from './extraction';
import type { RequestOrigin } from './request-origins';

/**
 * The request being walked, handed to each request extractor in turn: what it carried, linked
 * and set. One visit is reused for every request of a snapshot; {@link RequestVisit.start}
 * resets it.
 */
export class RequestVisit {
  index = -1;
  request!: CapturedRequest;
  origin!: RequestOrigin;
  /** A credential header on this request is the site's (see extractRequests). */
  headerFirstParty = false;
  /** Carried at least one credential. */
  carried = false;
  /** The scheme of its first credential header, or the header's name. */
  scheme: string | undefined;
  /** Ids of the tokens it carried, in the order first seen. */
  private tokenIds: string[] = [];
  /** Names of the cookies its response set. */
  private setCookies: string[] = [];

  start(
    index: number,
    request: CapturedRequest,
    origin: RequestOrigin,
    headerFirstParty: boolean,
  ): void {
    this.index = index;
    this.request = request;
    this.origin = origin;
    this.headerFirstParty = headerFirstParty;
    this.carried = false;
    this.scheme = undefined;
    this.tokenIds = [];
    this.setCookies = [];
  }

  /** Records that this request carried the token (once per request). */
  sent(draft: TokenDraft, ofThisSite = this.origin.firstParty): void {
    if (draft.lastRequest === this.index) return;
    draft.lastRequest = this.index;
    draft.sentIn.push(this.request.id);
    if (ofThisSite) draft.firstPartySent += 1;
    const time = this.request.time;
    if (Number.isFinite(time) && (draft.firstSentAt === undefined || time < draft.firstSentAt)) {
      draft.firstSentAt = time;
    }
    this.tokenIds.push(draft.id);
  }

  /** Links the artifact to this request (once per request). */
  link(artifact: Artifact): void {
    const ids = artifact.requestIds;
    if (ids[ids.length - 1] !== this.request.id) ids.push(this.request.id);
  }

  /** Records a cookie name this request's response set. */
  setCookie(name: string): void {
    this.setCookies.push(name);
  }

  /** REQUEST_CARRIED_CREDENTIAL | REQUEST_PLAIN_HTTP for this request. */
  flags(): number {
    return (
      (this.carried ? REQUEST_CARRIED_CREDENTIAL : 0) |
      (this.origin.plainHttp ? REQUEST_PLAIN_HTTP : 0)
    );
  }

  /** The request's report. */
  report(): RequestReport {
    return requestReport(
      this.request,
      this.origin.info.origin,
      !this.origin.firstParty,
      this.tokenIds,
      this.setCookies,
      this.scheme,
    );
  }
}

/** A request's report, its optional fields in the report's key order (status, then scheme). */
function requestReport(
  r: CapturedRequest,
  origin: string,
  thirdParty: boolean,
  tokenIds: string[],
  setCookies: string[],
  scheme: string | undefined,
): RequestReport {
  const { id, url, method, type, time, status } = r;
  const report: RequestReport = {
    id,
    url,
    origin,
    method,
    type,
    time,
    thirdParty,
    tokenIds,
    setCookies,
  };
  if (status !== undefined) report.status = status;
  if (scheme !== undefined) report.scheme = scheme;
  addDetails(report, r);
  return report;
}

/**
 * What the request details show beside the facts: plain or not, initiator, timing and headers.
 * The header lists are the snapshot's own (not copied); credential ones stay apart so every view
 * masks them.
 */
function addDetails(report: RequestReport, r: CapturedRequest): void {
  if (r.plain) report.plain = true;
  if (r.initiator !== undefined) report.initiator = r.initiator;
  if (r.timing) report.timing = r.timing;
  const { requestHeaders, responseHeaders, otherRequestHeaders, otherResponseHeaders } = r;
  if (
    requestHeaders.length + responseHeaders.length === 0 &&
    !otherRequestHeaders &&
    !otherResponseHeaders
  ) {
    return;
  }
  report.headers = {
    credential: { request: requestHeaders, response: responseHeaders },
    other: { request: otherRequestHeaders ?? [], response: otherResponseHeaders ?? [] },
  };
}
