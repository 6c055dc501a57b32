import type { CookieReport, TokenReport } from '../model/report';
import type { SnapshotCookie } from '../model/snapshot';
import type { CookieClass } from '../analyze/classify-cookie';
import type { Extraction } from '../analyze/extract-artifacts';
import type { SiteInfo } from '../analyze/site';
import type { TokenDraft } from '../analyze/types';

/** What every check reads: the report so far plus the raw material behind it. */
export interface CheckContext {
  site: SiteInfo;
  now: number;
  tokens: readonly { report: TokenReport; draft: TokenDraft }[];
  cookies: readonly { report: CookieReport; cookie: SnapshotCookie; cls: CookieClass }[];
  /** Also the requests, by id (`requestById(extraction, id)`). */
  extraction: Extraction;
}
