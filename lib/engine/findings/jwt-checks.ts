import type { Finding } from '../model/report';
import { CLOCK_SKEW_MS } from '../analyze/expiry';
import { requestById } from '../analyze/extract-artifacts';
import { makeFinding } from './catalogue';
import type { CheckContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Access and ID tokens are meant to live minutes to hours (RFC 9700 §2.2.2 asks for short). */
const LONG_ACCESS_MS = DAY_MS;
/** Refresh tokens live longer by design; beyond three months rotation is likely missing. */
const LONG_REFRESH_MS = 90 * DAY_MS;

const KID_TRAVERSAL = /\.\.[/\\]|[/\\]\.\.|^\/(dev|etc|proc)\//i;
const KID_SQL = /['"`]|--|;|\/\*|\b(union|select|sleep|or|and)\b\s/i;
const KID_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const KID_COMMAND = /[|$&]|\$\(/;

/** Why a `kid` header looks like an injection attempt (jwt_tool's kid tests), if it does. */
export function suspiciousKid(kid: unknown): 'path' | 'sql' | 'url' | 'command' | undefined {
  if (typeof kid !== 'string') return undefined;
  if (KID_URL.test(kid)) return 'url';
  if (KID_TRAVERSAL.test(kid)) return 'path';
  if (KID_SQL.test(kid)) return 'sql';
  if (KID_COMMAND.test(kid)) return 'command';
  return undefined;
}

/** Base64url of all-zero bytes is all `A`s: the CVE-2022-21449 "psychic signature". */
function isAllZeroSignature(signature: string): boolean {
  return signature.length > 0 && /^A+=*$/.test(signature);
}

function short(value: unknown): string {
  return String(value).slice(0, 120);
}

/**
 * Passive JWT checks after RFC 8725 and jwt_tool: header tricks, signature problems, missing or
 * odd time claims, missing iss/aud, ID tokens used as access tokens, readable personal data.
 * Nothing is fetched and nothing is forged.
 */
export function jwtChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { report, draft } of ctx.tokens) {
    const jws = draft.decoded.jws;
    const header = jws?.header ?? draft.decoded.jwe?.header;
    if (!header) continue;
    const at = { tokenId: report.id, artifactId: report.artifactIds[0] };
    const alg = typeof header.alg === 'string' ? header.alg : '';

    if (jws && alg.toLowerCase() === 'none') out.push(makeFinding('jwt.alg-none', at, { alg }));
    else if (jws && jws.signature === '') out.push(makeFinding('jwt.empty-signature', at, { alg }));
    if (jws && /^ES\d+/i.test(alg) && isAllZeroSignature(jws.signature)) {
      out.push(makeFinding('jwt.ecdsa-zero-signature', at, { alg }));
    }
    if (/^HS\d+$/i.test(alg)) out.push(makeFinding('jwt.hmac-alg', at, { alg }));
    if (header.jwk !== undefined) out.push(makeFinding('jwt.embedded-jwk', at));
    const keyUrlParam =
      header.jku !== undefined ? 'jku' : header.x5u !== undefined ? 'x5u' : undefined;
    if (keyUrlParam) {
      out.push(
        makeFinding(
          'jwt.jku-x5u',
          { ...at },
          { param: keyUrlParam, url: short(header[keyUrlParam]) },
        ),
      );
    }
    const kidProblem = suspiciousKid(header.kid);
    if (kidProblem) {
      out.push(makeFinding('jwt.suspicious-kid', at, { kid: short(header.kid) }));
    }

    const payload = jws?.payload;
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) continue;
    const claims = payload as Record<string, unknown>;
    const expiry = report.expiry;
    if (claims.exp === undefined) out.push(makeFinding('jwt.missing-exp', at));
    const limit = report.kind === 'refresh' ? LONG_REFRESH_MS : LONG_ACCESS_MS;
    if (expiry.lifetimeMs !== undefined && expiry.lifetimeMs > limit) {
      out.push(
        makeFinding('jwt.long-lifetime', at, {
          days: Math.round((expiry.lifetimeMs / DAY_MS) * 10) / 10,
        }),
      );
    }
    // Requests lie in the past, so only a token that has expired by now can have been sent late.
    if (expiry.expiresAt !== undefined && expiry.expiresAt <= ctx.now) {
      const late = report.sentIn.filter((id) => {
        const time = requestById(ctx.extraction, id)?.time;
        return time !== undefined && time > (expiry.expiresAt ?? Infinity);
      });
      if (late.length > 0)
        out.push(makeFinding('jwt.expired-still-sent', at, { count: late.length }));
    }
    if (expiry.notBefore !== undefined && expiry.notBefore - ctx.now > CLOCK_SKEW_MS) {
      out.push(makeFinding('jwt.nbf-in-future', at));
    }
    if (expiry.issuedAt !== undefined && expiry.issuedAt - ctx.now > CLOCK_SKEW_MS) {
      out.push(makeFinding('jwt.iat-in-future', at));
    }
    if (expiry.expInMilliseconds) out.push(makeFinding('jwt.exp-in-milliseconds', at));
    if (claims.iss === undefined) out.push(makeFinding('jwt.missing-iss', at));
    if (claims.aud === undefined) out.push(makeFinding('jwt.missing-aud', at));
    if (report.kind === 'id' && draft.sightings.some((s) => s.bearer)) {
      const bearerAt = draft.sightings.find((s) => s.bearer)?.artifactId;
      out.push(makeFinding('jwt.id-token-as-bearer', { tokenId: report.id, artifactId: bearerAt }));
    }
    const sensitive = report.claims.filter((c) => c.sensitive).map((c) => c.name);
    if (sensitive.length > 0) {
      out.push(
        makeFinding('jwt.sensitive-payload', at, { claims: sensitive.slice(0, 8).join(', ') }),
      );
    }
  }
  return out;
}
