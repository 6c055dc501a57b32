/** Test helper: a HAR text through the reader, the site list and `analyze`, as the worker runs them. */
import { analyze } from '@/lib/engine/analyze/analyze';
import { HarReader, type HarContents, type HarErrorReason } from '@/lib/engine/har/har-reader';
import { harSites } from '@/lib/engine/har/har-sites';
import { harSnapshot } from '@/lib/engine/har/har-snapshot';
import type { Report } from '@/lib/engine/model/report';
import type { Snapshot } from '@/lib/engine/model/snapshot';

/** Reads `text` in pieces of `chunk` characters (as the worker reads a file in slices). */
function readHarText(
  text: string,
  chunk = 1000,
): { contents: HarContents } | { error: HarErrorReason } {
  const reader = new HarReader();
  for (let at = 0; at < text.length; at += chunk) reader.push(text.slice(at, at + chunk));
  return reader.finish();
}

export function importHarText(
  text: string,
  domain?: string,
): { report: Report; snapshot: Snapshot; sites: string[]; contents: HarContents } {
  const read = readHarText(text);
  if ('error' in read) throw new Error(`HAR not read: ${read.error}`);
  const sites = harSites(read.contents);
  const site = sites.all.find((s) => s.domain === domain) ?? sites.sites[0]!;
  const snapshot = harSnapshot(read.contents, sites, site);
  return {
    report: analyze(snapshot, snapshot.takenAt),
    snapshot,
    sites: sites.sites.map((s) => s.domain),
    contents: read.contents,
  };
}
