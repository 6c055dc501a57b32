import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSequences, type LoginSequence } from '@/lib/engine/flow/build-sequences';
import { fingerprintOf } from '@/lib/engine/flow/fingerprint';
import type { Report } from '@/lib/engine/model/report';
import {
  BEARER,
  FIXTURE_NOW,
  LATER,
  bearerReport,
  labReport,
  noneReport,
  recordedSnapshot,
  reportOf,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { capturedRequest } from '@/test/fixtures/snapshot-builders';

const access = tokenIdOf(bearerReport, BEARER.access);
const replaced = tokenIdOf(bearerReport, BEARER.replaced);
const refresh = tokenIdOf(bearerReport, BEARER.refresh);

const credentialOf = (sequences: LoginSequence[], id: string) =>
  sequences.flatMap((s) => s.credentials).find((c) => c.tokenId === id);
const sequenceOf = (sequences: LoginSequence[], id: string) =>
  sequences.find((s) => s.credentials.some((c) => c.tokenId === id));

/** The hybrid recording with the call that turns its session into a token for the API. */
function hybridWithTokenCall(): Report {
  const snapshot = recordedSnapshot('hybrid-example');
  const [dashboard, orders] = snapshot.requests;
  const session = dashboard!.requestHeaders[0]!.value;
  const token = snapshot.storage[0]!.value;
  snapshot.requests.splice(
    1,
    0,
    capturedRequest({
      id: 'ws',
      url: 'https://app.example.com/api/ws-token',
      time: dashboard!.time + 50_000,
      requestHeaders: [{ name: 'Cookie', value: session }],
    }),
  );
  snapshot.bodies = [
    {
      requestId: 'ws',
      url: 'https://app.example.com/api/ws-token',
      time: dashboard!.time + 50_000,
      mimeType: 'application/json',
      body: JSON.stringify({ token }),
    },
  ];
  expect(orders!.time).toBeGreaterThan(dashboard!.time + 50_000);
  return reportOf(snapshot);
}

describe('buildSequences on the bearer login with its refresh', () => {
  const sequences = buildSequences(bearerReport, FIXTURE_NOW);

  it('after the refresh, the token stored now is current and the one it took over from replaced', () => {
    expect(credentialOf(sequences, access)).toMatchObject({ state: 'current' });
    expect(credentialOf(sequences, replaced)).toMatchObject({
      state: 'replaced',
      replacedBy: access,
    });
    expect(credentialOf(sequences, refresh)?.state).toBe('current');
  });

  it('tells the whole login as one sequence, from POST /login to the expiries, in time order', () => {
    expect(sequences).toHaveLength(1);
    const [login] = sequences;
    expect(login!.steps.map((s) => s.kind)).toEqual([
      'issue', // POST /login sets the first refresh cookie
      'issue', // … and, by the order, the first access token
      'send',
      'refresh',
      'issue',
      'store',
      'store',
      'replace',
      'send',
      'expire',
      'expire',
    ]);
    expect(login!.steps.map((s) => s.n)).toEqual(login!.steps.map((_, i) => i + 1));
    const times = login!.steps.map((s) => s.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(login!.steps[0]).toMatchObject({
      requestId: '1004',
      message: { key: 'panel.flow.seq.issued-earlier', params: { name: 'refresh_token' } },
    });
  });

  it('gives every step a time and the first access token its likely source', () => {
    const first = sequences[0]!.steps.find((s) => s.tokenIds.includes(replaced));
    expect(first).toMatchObject({ kind: 'issue', requestId: '1004', time: 1795780650000 });
    expect(first?.message.params?.request).toBe('POST /login');
  });

  it('issues the current refresh token at the refresh that rotated it, not at login', () => {
    const issued = sequences[0]!.steps.find(
      (s) => s.kind === 'issue' && s.tokenIds.includes(refresh),
    );
    expect(issued?.requestId).toBe('1006');
    const trade = sequences[0]!.steps.find((s) => s.kind === 'refresh');
    expect(trade).toMatchObject({ requestId: '1006', tokenIds: [refresh] });
    expect(trade?.message.key).toBe('panel.flow.seq.refresh-earlier');
  });

  it('fingerprints each credential with the first 8 hex digits of its SHA-256', () => {
    const fingerprints = sequences[0]!.credentials.map((c) => c.fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    expect(credentialOf(sequences, access)?.fingerprint).toBe(
      createHash('sha256').update(BEARER.access).digest('hex').slice(0, 8),
    );
  });

  it('lists where each credential was seen, as location kinds', () => {
    expect(credentialOf(sequences, access)?.locations).toEqual([
      'header',
      'localStorage',
      'response-body',
    ]);
    expect(credentialOf(sequences, refresh)?.locations).toEqual(['cookie-httponly']);
  });

  it('an hour on, the current access token is expired; the replaced one stays replaced', () => {
    const later = buildSequences(bearerReport, LATER);
    expect(credentialOf(later, access)?.state).toBe('expired');
    expect(credentialOf(later, replaced)?.state).toBe('replaced');
  });
});

describe('buildSequences on real stacks', () => {
  it('decides current from storage, not from the order the engine met the tokens (MSAL)', () => {
    const report = labReport('msal');
    const sequences = buildSequences(report, report.generatedAt);
    const [stored] = report.tokens.filter(
      (t) => t.kind === 'access' && t.artifactIds.some((id) => id.startsWith('sessionStorage')),
    );
    const other = report.tokens.find((t) => t.kind === 'access' && t !== stored)!;
    expect(credentialOf(sequences, stored!.id)?.state).toBe('current');
    expect(credentialOf(sequences, other.id)?.state).toBe('replaced');
  });

  it('explains a token seen only in headers as held in script memory (Auth0 SPA, in memory)', () => {
    const report = labReport('auth0-memory');
    const sequences = buildSequences(report, report.generatedAt);
    const tokens = report.tokens.filter((t) => t.kind === 'access');
    expect(tokens.map((t) => credentialOf(sequences, t.id)?.memoryOnly)).toEqual([true, true]);
    const memory = sequences[0]!.steps.filter((s) => s.message.key === 'panel.flow.seq.memory');
    expect(memory.length).toBeGreaterThan(0);
    // The silent re-fetch's token is the one sent last: current.
    const last = [...tokens].sort(
      (a, b) => Math.max(...a.sentIn.map(Number)) - Math.max(...b.sentIn.map(Number)),
    );
    expect(credentialOf(sequences, last[1]!.id)?.state).toBe('current');
    expect(credentialOf(sequences, last[0]!.id)?.state).toBe('replaced');
  });

  it('does not call a replaced token memory-only when its successor is stored', () => {
    const sequences = buildSequences(bearerReport, FIXTURE_NOW);
    expect(credentialOf(sequences, replaced)?.memoryOnly).toBe(false);
  });
});

describe('buildSequences on a hybrid login', () => {
  it('joins session cookie → GET /api/ws-token → sessionStorage → Bearer into one chain', () => {
    const report = hybridWithTokenCall();
    const session = report.tokens.find((t) => t.kind === 'session-id')!;
    const api = report.tokens.find((t) => t.kind === 'access')!;
    const sequences = buildSequences(report, FIXTURE_NOW);
    const login = sequenceOf(sequences, session.id);
    expect(login).toBe(sequenceOf(sequences, api.id));
    const told = login!.steps.map((s) => `${s.kind} ${s.requestId ?? ''} ${s.tokenIds.join()}`);
    expect(told).toEqual([
      `issue  ${session.id}`,
      `store  ${session.id}`,
      `send 1010 ${session.id}`,
      `send ws ${session.id}`,
      `issue ws ${api.id}`,
      `store  ${api.id}`,
      `send 1011 ${api.id}`,
      `expire  ${api.id}`,
    ]);
  });
});

describe('buildSequences, edges', () => {
  it('has nothing to tell when there is no credential', () => {
    expect(buildSequences(noneReport, FIXTURE_NOW)).toEqual([]);
  });

  it('does not throw on dangling ids', () => {
    const broken: Report = {
      ...bearerReport,
      artifacts: [],
      requests: [],
      verdict: {
        ...bearerReport.verdict,
        flow: {
          refreshTokenId: 'gone',
          refreshRequestIds: ['gone'],
          replacements: [{ fromTokenId: 'x', toTokenId: 'y' }],
        },
      },
    };
    expect(() => buildSequences(broken, FIXTURE_NOW)).not.toThrow();
  });

  it('fingerprints with SHA-256 as Node computes it, across block boundaries and UTF-8', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '토큰 값']) {
      expect(fingerprintOf(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 8));
    }
  });
});
