/**
 * Reads a HAR file chunk by chunk into what a snapshot needs: each entry read as the capture would
 * have logged it (har-entry.ts), the cookie jar its responses imply, the pages, and which tool
 * wrote it. Pure: the caller feeds text (a worker reads the file); the result is plain data.
 */
import type { CapturedRequest, ResponseBody } from '../model/snapshot';
import { HarCookieJar } from './har-cookie-jar';
import { readHarEntry } from './har-entry';
import { HarScanner, type HarScanFault } from './har-scan';
import { record, text, type HarPage } from './har-types';

/** Why a file cannot be imported; the UI explains each (`har.error.<reason>`). */
export type HarErrorReason = HarScanFault | 'too-large' | 'empty';

/** Everything read from one HAR file. */
export interface HarContents {
  requests: CapturedRequest[];
  /** Index into `pages` of each request's page, or −1 when the HAR does not say. */
  pageOf: Int32Array;
  pages: HarPage[];
  bodies: ResponseBody[];
  jar: HarCookieJar;
  /** `log.creator.name` and version, e.g. "WebInspector 537.36", "Firefox 128.0". */
  creator: string;
  /** Entries that could not be read (no request URL, or not JSON). */
  skipped: number;
  /** Some response had its content text: bodies were exported. */
  hadContent: boolean;
  /** Some request or response had a Cookie, Set-Cookie or Authorization header. */
  sensitive: boolean;
}

/**
 * Files larger than this are refused before reading: a day of one site's traffic in DevTools'
 * shape (100,000 entries, about 175 MB) fits, and the worker's memory stays bounded.
 */
export const MAX_HAR_BYTES = 192 * 1024 * 1024;

/**
 * Collects a HAR file. `push` decoded text as it is read, then `finish`.
 *
 * @example const r = new HarReader(); r.push(text); const result = r.finish(); // { contents } or { error }
 */
export class HarReader {
  private readonly scanner: HarScanner;
  private readonly contents: HarContents;
  private readonly pageIds = new Map<string, number>();
  /** Each request's `pageref`, resolved at the end: a file may list its pages after its entries. */
  private readonly pagerefs: (string | undefined)[] = [];
  private readonly values = new Map<string, string>();
  private entries = 0;
  private badEntry = false;
  private unparsable = false;

  constructor() {
    this.contents = {
      requests: [],
      pageOf: new Int32Array(0),
      pages: [],
      bodies: [],
      jar: new HarCookieJar(),
      creator: '',
      skipped: 0,
      hadContent: false,
      sensitive: false,
    };
    this.scanner = new HarScanner({
      page: (value) => this.page(value),
      entry: (value) => this.entry(value),
      meta: (key, value) => {
        if (key !== 'creator' || this.contents.creator !== '') return;
        const creator = record(value);
        this.contents.creator = [text(creator?.name), text(creator?.version)]
          .filter(Boolean)
          .join(' ');
      },
    });
  }

  /** Entries read so far. */
  get count(): number {
    return this.entries;
  }

  push(chunk: string): void {
    this.scanner.push(chunk);
  }

  /** The contents, or why there are none. */
  finish(): { contents: HarContents } | { error: HarErrorReason } {
    this.scanner.end();
    if (this.scanner.fault) return { error: this.scanner.fault };
    if (this.contents.requests.length === 0 && this.unparsable) return { error: 'not-json' };
    if (this.contents.requests.length === 0 && this.badEntry) return { error: 'not-har' };
    if (this.contents.requests.length === 0) return { error: 'empty' };
    this.contents.pageOf = Int32Array.from(this.pagerefs, (ref) =>
      ref === undefined ? -1 : (this.pageIds.get(ref) ?? -1),
    );
    return { contents: this.contents };
  }

  /** Shares equal header values: a page sends one Cookie header with thousands of requests. */
  private readonly intern = (value: string): string => {
    if (value.length < 16) return value;
    const known = this.values.get(value);
    if (known !== undefined) return known;
    if (this.values.size < 50_000) this.values.set(value, value);
    return value;
  };

  private page(value: unknown): void {
    const page = record(value);
    const id = text(page?.id);
    if (!page || !id || this.pageIds.has(id)) return;
    this.pageIds.set(id, this.contents.pages.length);
    this.contents.pages.push({
      id,
      ...(text(page.title) ? { title: text(page.title)! } : {}),
      ...(text(page.startedDateTime) ? { startedDateTime: text(page.startedDateTime)! } : {}),
    });
  }

  private entry(value: unknown): void {
    this.entries += 1;
    if (value === undefined) this.unparsable = true;
    const read = readHarEntry(value, this.contents.requests.length, this.intern);
    if (!read) {
      this.contents.skipped += 1;
      this.badEntry = true;
      return;
    }
    const c = this.contents;
    const { request } = read;
    c.requests.push(request);
    this.pagerefs.push(read.pageref);
    if (read.body) c.bodies.push(read.body);
    c.hadContent ||= read.hadContent;
    c.sensitive ||= read.sensitive;
    const cookieHeader = request.requestHeaders.find((h) => h.name.toLowerCase() === 'cookie');
    if (cookieHeader || read.sentCookies.length > 0) {
      c.jar.noteSent(request.url, cookieHeader?.value, read.sentCookies);
    }
    if (read.setCookies.length > 0)
      c.jar.applySetCookie(read.setCookies, request.url, request.time, c.requests.length - 1);
  }
}
