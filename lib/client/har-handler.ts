import { analyze } from '@/lib/engine/analyze/analyze';
import { HarReader, MAX_HAR_BYTES, type HarContents } from '@/lib/engine/har/har-reader';
import { guessRegistrableDomain } from '@/lib/engine/analyze/site';
import { harSites, hostsToLookUp, type HarSites } from '@/lib/engine/har/har-sites';
import { harSnapshot } from '@/lib/engine/har/har-snapshot';
import type { HarEvent, HarRequest, HarSummary } from './har-protocol';

/** The file is read in slices this large: progress after each, and little held at once. */
const SLICE_BYTES = 4 * 1024 * 1024;

interface Imported {
  contents: HarContents;
  sites: HarSites;
  readMs: number;
}

/**
 * Slices asked for ahead of the one being scanned. In the worker's profile with one read ahead,
 * a ninth of the import was spent waiting for the browser to hand over the next slice.
 */
const READ_AHEAD = 3;

/** Reads `file` slice by slice into the reader, posting progress. */
async function readFile(
  file: Blob,
  post: (event: HarEvent) => void,
): Promise<ReturnType<HarReader['finish']>> {
  const reader = new HarReader();
  const decoder = new TextDecoder();
  // The browser reads the next slices while this one is scanned: READ_AHEAD + 1 held at most.
  const ahead: Promise<ArrayBuffer>[] = [];
  let asked = 0;
  const askAhead = () => {
    for (; ahead.length < READ_AHEAD && asked < file.size; asked += SLICE_BYTES) {
      ahead.push(file.slice(asked, asked + SLICE_BYTES).arrayBuffer());
    }
  };
  askAhead();
  for (let at = 0; at < file.size; at += SLICE_BYTES) {
    const bytes = await ahead.shift()!;
    askAhead();
    reader.push(decoder.decode(bytes, { stream: true }));
    post({
      type: 'progress',
      read: Math.min(at + SLICE_BYTES, file.size),
      total: file.size,
      entries: reader.count,
    });
  }
  reader.push(decoder.decode());
  return reader.finish();
}

/**
 * Looks up the registrable domains of hosts with the Public Suffix List, which only the
 * background holds: host → domain, or undefined when it cannot answer (the guess is used then).
 */
export type LookUpDomains = (hosts: string[]) => Promise<Record<string, string> | undefined>;

/** The file's sites, grouped by the Public Suffix List's registrable domains when it answers. */
async function sitesOf(contents: HarContents, lookUp?: LookUpDomains): Promise<HarSites> {
  const known = lookUp ? await lookUp(hostsToLookUp(contents)).catch(() => undefined) : undefined;
  if (!known) return harSites(contents);
  return harSites(contents, (host) => known[host] ?? guessRegistrableDomain(host));
}

/** The report of one site of an imported file, and what to say beside it. */
function reportOf(imported: Imported, domain: string | undefined, now: () => number): HarEvent {
  const { contents, sites } = imported;
  const site = sites.all.find((s) => s.domain === domain) ?? sites.sites[0]!;
  const started = now();
  const snapshot = harSnapshot(contents, sites, site);
  const report = analyze(snapshot, snapshot.takenAt);
  const summary: HarSummary = {
    sites: sites.sites.map(({ domain: d, url, requests, credentialRequests }) => ({
      domain: d,
      url,
      requests,
      credentialRequests,
    })),
    site: site.domain,
    creator: contents.creator,
    entries: contents.requests.length,
    skipped: contents.skipped,
    sanitized: !contents.sensitive,
    shown: snapshot.requests.length,
    total: site.requests,
    takenAt: snapshot.takenAt,
    readMs: imported.readMs,
    analyzeMs: Math.round(now() - started),
  };
  return { type: 'report', report, summary };
}

/**
 * The HAR worker's message handler, apart from the worker so tests drive it directly: `import`
 * reads a file (bad files end in one `error` with its reason) and answers for its main site;
 * `site` answers for another site of the same file. The file itself is never kept: only what
 * was read from it, in this worker's memory, until the next import.
 */
export function harHandler(
  post: (event: HarEvent) => void,
  now: () => number = () => performance.now(),
  lookUp?: LookUpDomains,
): (request: HarRequest) => Promise<void> {
  let imported: Imported | undefined;
  return async (request) => {
    if (request.type === 'site') {
      if (imported) post(reportOf(imported, request.domain, now));
      return;
    }
    const file = request.file;
    if (file.size > MAX_HAR_BYTES) return post({ type: 'error', reason: 'too-large' });
    if (file.size === 0) return post({ type: 'error', reason: 'empty' });
    imported = undefined;
    const started = now();
    const read = await readFile(file, post);
    if ('error' in read) return post({ type: 'error', reason: read.error });
    const sites = await sitesOf(read.contents, lookUp);
    if (sites.sites.length === 0) return post({ type: 'error', reason: 'empty' });
    imported = { contents: read.contents, sites, readMs: Math.round(now() - started) };
    post(reportOf(imported, undefined, now));
  };
}
