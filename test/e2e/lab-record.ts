/**
 * The lab's recorded snapshots (test/fixtures/lab/<id>.json from Chromium, <id>.firefox.json from
 * Firefox): written by the lab's e2e tests when `TOKKI_LAB_RECORD=1`, read by
 * test/unit/engine/analyze/lab-snapshots.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import type { CredentialRequest, RunningStack } from '../lab/types';

export const LAB_FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures/lab');

/** One stack's recording: what the extension saw, and what the stack's server received. */
export interface LabRecording {
  id: string;
  library: string;
  browser: 'chrome' | 'firefox';
  /** The moment to analyse the snapshot at (its own `takenAt`), so expiries read as they did. */
  recordedAt: number;
  credentialRequests: CredentialRequest[];
  snapshot: Snapshot;
}

/** True when this run should write the recordings (`TOKKI_LAB_RECORD=1`). */
export const recordingLab = () => process.env.TOKKI_LAB_RECORD === '1';

/** The recording's file name: `<id>.json` from Chromium, `<id>.firefox.json` from Firefox. */
function labRecordingFile(id: string, browser: LabRecording['browser']): string {
  return browser === 'chrome' ? `${id}.json` : `${id}.firefox.json`;
}

/** Writes test/fixtures/lab/<id>.json (or <id>.firefox.json). */
function writeLabRecording(recording: LabRecording): void {
  mkdirSync(LAB_FIXTURES_DIR, { recursive: true });
  writeFileSync(
    join(LAB_FIXTURES_DIR, labRecordingFile(recording.id, recording.browser)),
    `${JSON.stringify(recording, null, 2)}\n`,
  );
}

/** Writes the recording of a stack's snapshot, as a browser's lab test took it. */
export function recordLab(
  running: RunningStack,
  browser: LabRecording['browser'],
  snapshot: Snapshot,
): void {
  writeLabRecording({
    id: running.stack.id,
    library: running.stack.library,
    browser,
    recordedAt: snapshot.takenAt,
    credentialRequests: running.credentialRequests(),
    snapshot,
  });
}
