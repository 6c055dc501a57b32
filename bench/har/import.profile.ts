/**
 * The HAR worker's work in plain Node, for `node --cpu-prof` (bench/har/profile-import.mjs bundles
 * and runs it): the file read in the worker's 4 MiB slices through the same reader, sites,
 * snapshot and `analyze`, each step timed; and the floors the import is compared with: the file
 * decoded alone, decoded and scanned into its entries (each parsed, as the reader gets them), decoded and parsed whole.
 *
 *   node import.profile.mjs <file.har> [floor]
 */
import { readFileSync } from 'node:fs';
import { analyze } from '@/lib/engine/analyze/analyze';
import { HarReader } from '@/lib/engine/har/har-reader';
import { HarScanner } from '@/lib/engine/har/har-scan';
import { harSites } from '@/lib/engine/har/har-sites';
import { harSnapshot } from '@/lib/engine/har/har-snapshot';

const SLICE_BYTES = 4 * 1024 * 1024;

/** Feeds `bytes` decoded, slice by slice, to `push`, as the worker reads its `File`. */
function decodeSlices(bytes: Uint8Array, push: (text: string) => void): void {
  const decoder = new TextDecoder();
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    push(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: true }));
  }
  push(decoder.decode());
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - started)];
}

function importOnce(bytes: Uint8Array) {
  const [read, readMs] = timed(() => {
    const reader = new HarReader();
    decodeSlices(bytes, (text) => reader.push(text));
    return reader.finish();
  });
  if ('error' in read) throw new Error(`not read: ${read.error}`);
  const [sites, sitesMs] = timed(() => harSites(read.contents));
  const [snapshot, snapshotMs] = timed(() => harSnapshot(read.contents, sites, sites.sites[0]!));
  const [report, analyzeMs] = timed(() => analyze(snapshot, snapshot.takenAt));
  return {
    readMs,
    sitesMs,
    snapshotMs,
    analyzeMs,
    requests: snapshot.requests.length,
    verdict: report.verdict.kind,
  };
}

function floors(bytes: Uint8Array) {
  const [, decodeMs] = timed(() => decodeSlices(bytes, () => undefined));
  const [, scanMs] = timed(() => {
    const scanner = new HarScanner({ page() {}, entry() {}, meta() {} });
    decodeSlices(bytes, (text) => scanner.push(text));
    scanner.end();
  });
  const [text, textMs] = timed(() => new TextDecoder().decode(bytes));
  const [, parseMs] = timed(() => JSON.parse(text) as unknown);
  return { decodeMs, scanMs, wholeDecodeMs: textMs, wholeParseMs: parseMs };
}

const [file, mode] = process.argv.slice(2);
const bytes = readFileSync(file!);
const result = mode === 'floor' ? floors(bytes) : importOnce(bytes);
console.log(JSON.stringify(result));
