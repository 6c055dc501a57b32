/**
 * The engine's own reading of one pasted token: the same analysis the panel runs on a site, so
 * the decoder shows the same findings and kind as the Tokens tab would, from the same rules.
 */
import { analyze } from '@/lib/engine/analyze/analyze';
import { FINDING_CATALOGUE } from '@/lib/engine/findings/catalogue';
import type { Finding, Msg, TokenKind } from '@/lib/engine/model/report';
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';

/** A stand-in origin for the one-request snapshot; `.invalid` never resolves (RFC 2606). */
const DECODER_URL = 'https://decoder.invalid/';

export interface PastedTokenAnalysis {
  /** Findings about the token itself (alg none, missing exp, …). */
  findings: Finding[];
  /** What the token is for, and why the engine thinks so; absent when it found no token. */
  kind?: { kind: TokenKind; reasons: Msg[] };
}

/** A site with one HTTPS request that carries `value` as its bearer token, and nothing else. */
function oneRequestSnapshot(value: string, now: number): Snapshot {
  const snapshot = emptySnapshot(DECODER_URL, now);
  snapshot.requests.push({
    id: 'decoder',
    url: DECODER_URL,
    method: 'GET',
    type: 'xmlhttprequest',
    time: now,
    requestHeaders: [{ name: 'Authorization', value: `Bearer ${value}` }],
    responseHeaders: [],
  });
  return snapshot;
}

/**
 * Analyses `value` as the bearer token of a made-up request. Only the JWT group's findings about
 * the token are kept: where it was "found" is made up, so location and transport findings would
 * mislead.
 */
export function analysePastedToken(value: string, now: number): PastedTokenAnalysis {
  const report = analyze(oneRequestSnapshot(value, now), now);
  const token = report.tokens.find((t) => t.value === value);
  const findings = report.findings.filter(
    (f) =>
      FINDING_CATALOGUE[f.id].group === 'jwt' &&
      (f.tokenId === undefined || f.tokenId === token?.id),
  );
  return { findings, kind: token ? { kind: token.kind, reasons: token.kindReasons } : undefined };
}
