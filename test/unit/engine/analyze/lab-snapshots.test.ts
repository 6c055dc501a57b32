/**
 * The engine over the lab's recorded snapshots (test/fixtures/lab/<id>.json, written by
 * test/e2e/lab.e2e.ts with TOKKI_LAB_RECORD=1): analyze() at the moment of recording must give
 * each real stack the same answer the browser run is held to (test/lab/check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { expectationsIn, labMismatches, viewOfReport } from '../../../lab/check';
import { loadStacks, stackIds } from '../../../lab/lab.mjs';
import { LAB_FIXTURES_DIR, type LabRecording } from '../../../e2e/lab-record';

const recordings: LabRecording[] = readdirSync(LAB_FIXTURES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(LAB_FIXTURES_DIR, f), 'utf8')) as LabRecording);
const stacks = new Map((await loadStacks()).map((s) => [s.id, s]));

describe('lab snapshots: analyze() on real stacks', () => {
  it('every lab stack has a Chromium recording, and every recording a stack', () => {
    const chromium = recordings.filter((r) => r.browser === 'chrome').map((r) => r.id);
    expect(chromium).toEqual(stackIds());
    for (const r of recordings.filter((r) => r.browser === 'firefox'))
      expect(stacks.get(r.id)?.firefox, `${r.id} runs in Firefox`).toBe(true);
  });

  it.each(recordings.map((r) => [`${r.id} (${r.browser})`, r] as const))('%s', (_, recording) => {
    const { id } = recording;
    const stack = stacks.get(id);
    if (!stack) throw new Error(`No stack test/lab/stacks/${id}`);
    const report = analyze(recording.snapshot, recording.recordedAt);
    const wanted = expectationsIn(stack, recording.browser, recording.credentialRequests);
    expect(labMismatches(viewOfReport(report), wanted.expect, wanted.credentialRequests)).toEqual(
      [],
    );
  });
});

describe('lab checks catch what a user would notice', () => {
  const recording = recordings.find((r) => r.id === 'express-session');
  const stack = stacks.get('express-session');

  it.runIf(recording && stack)('a wrong verdict, token, request, explanation or credential', () => {
    const view = viewOfReport(analyze(recording!.snapshot, recording!.recordedAt));
    const expected = stack!.expect;
    expect(labMismatches(view, { ...expected, verdict: 'token' }, [])).toEqual([
      'verdict is "session", expected "token"',
    ]);
    expect(
      labMismatches(view, { ...expected, tokens: [{ kind: 'access', location: 'header' }] }, []),
    ).toHaveLength(1);
    expect(labMismatches(view, expected, [{ method: 'GET', url: 'http://x.localhost/' }])).toEqual([
      'request GET http://x.localhost/ is not in the Requests tab',
    ]);
    expect(labMismatches(view, { ...expected, explains: ['Rails'] }, [])).toEqual([
      expect.stringMatching(/^the en explanation does not say "Rails"/),
      expect.stringMatching(/^the ko explanation does not say "Rails"/),
    ]);
    // Named in the cookie table, as a token, and by the verdict's evidence.
    expect(labMismatches(view, { ...expected, notCredentials: ['connect.sid'] }, [])).toEqual(
      expect.arrayContaining([
        'cookie connect.sid is shown as a credential (session-id)',
        'connect.sid is shown as a session-id token',
        'connect.sid is named as a credential by verdict.evidence.known-session-cookie',
      ]),
    );
  });
});
