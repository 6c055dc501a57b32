import type { HarErrorReason } from '@/lib/engine/har/har-reader';
import type { Report } from '@/lib/engine/model/report';

/** Page → worker: read a file (replacing what was read before), or show another of its sites. */
export type HarRequest = { type: 'import'; file: Blob } | { type: 'site'; domain: string };

/** Page → worker: the answer to a `hosts` question (null: the background could not answer). */
export interface HarDomainsAnswer {
  type: 'domains';
  id: number;
  domains: Record<string, string> | null;
}

/** One site of the file, for the site picker. */
interface HarSiteSummary {
  domain: string;
  url: string;
  requests: number;
  credentialRequests: number;
}

/** What the import says beside the report. */
export interface HarSummary {
  /** The main site first, then the others with credential traffic. */
  sites: HarSiteSummary[];
  /** The site the report is about. */
  site: string;
  /** The tool that wrote the file ("WebInspector 537.36", "Firefox 128.0"), or ''. */
  creator: string;
  entries: number;
  skipped: number;
  /** No Cookie, Set-Cookie or Authorization header anywhere: exported without sensitive data. */
  sanitized: boolean;
  /** The site's requests in the report, and in the file. */
  shown: number;
  total: number;
  /** When the file's last request of the site was made (the report's clock). */
  takenAt: number;
  /** Milliseconds the worker spent reading and analysing. */
  readMs: number;
  analyzeMs: number;
}

/**
 * Worker → page: progress while reading, then one `report` or one `error`. Before the report, the
 * worker asks for the registrable domains of the file's page hosts (`hosts`; the page asks the
 * background, which holds the Public Suffix List) and waits for a `domains` answer.
 */
export type HarEvent =
  | { type: 'progress'; read: number; total: number; entries: number }
  | { type: 'hosts'; id: number; hosts: string[] }
  | { type: 'error'; reason: HarErrorReason }
  | { type: 'report'; report: Report; summary: HarSummary };
