/**
 * Explains the claims of a decoded JWT payload: each registered or common OIDC/OAuth claim gets
 * its meaning (`claim.<name>` in lib/engine/i18n/messages/claims.ts), time claims their instant in ms.
 */
import type { MessageKey } from '../i18n/catalogue';
import type { ClaimReport } from '../model/report';
import { KNOWN_CLAIM_NAMES, SENSITIVE_CLAIMS, TIME_CLAIMS } from './known-claims';

/** Above this a NumericDate cannot be seconds (it would be after the year 33658): it is ms. */
const MS_THRESHOLD = 1e12;
/** Latest instant a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;
const MAX_CLAIMS = 500;
/** Custom claims whose name suggests personal or secret data. */
const SENSITIVE_NAME = /passw|secret|ssn|phone|email|birth|address/i;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a NumericDate claim (RFC 7519 §2: seconds since the epoch) as ms since the epoch.
 * Returns undefined for anything that is not a finite, non-negative number a Date can hold.
 */
function numericDateToMs(value: unknown): { ms: number; inMilliseconds: boolean } | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  const inMilliseconds = value > MS_THRESHOLD;
  const ms = inMilliseconds ? value : value * 1000;
  return ms > MAX_DATE_MS ? undefined : { ms: Math.round(ms), inMilliseconds };
}

/**
 * One report per claim, in payload order, each with its meaning; unknown claims get
 * `claim.custom`. Returns [] when the payload is not a JSON object.
 *
 * @example claimReports({ exp: 1700000000 })
 *   // [{ name: 'exp', value: 1700000000, meaning: { key: 'claim.exp' }, time: 1700000000000 }]
 */
export function claimReports(payload: unknown): ClaimReport[] {
  if (!isPlainRecord(payload)) return [];
  const names = Object.keys(payload);
  const count = Math.min(names.length, MAX_CLAIMS);
  const reports: ClaimReport[] = new Array<ClaimReport>(count);
  for (let i = 0; i < count; i++) {
    const name = names[i]!;
    const value = payload[name];
    const knownKey = KNOWN_CLAIM_KEYS.get(name);
    const meaning: ClaimReport['meaning'] =
      knownKey !== undefined ? { key: knownKey } : { key: 'claim.custom', params: { name } };
    const time = TIME_CLAIMS.has(name) ? numericDateToMs(value)?.ms : undefined;
    const sensitive =
      knownKey !== undefined ? SENSITIVE_CLAIMS.has(name) : SENSITIVE_NAME.test(name);
    reports[i] = claimReport(name, value, meaning, time, sensitive);
  }
  return reports;
}

/** `claim.<name>` of every known claim, built once rather than once per claim of every token. */
const KNOWN_CLAIM_KEYS: ReadonlyMap<string, MessageKey> = new Map(
  KNOWN_CLAIM_NAMES.map((name) => [name, `claim.${name}` as const]),
);

/**
 * One claim's report at its final size: a literal per combination of the optional fields, in
 * the report's key order, so thousands of tokens' claims grow no property stores.
 */
function claimReport(
  name: string,
  value: unknown,
  meaning: ClaimReport['meaning'],
  time: number | undefined,
  sensitive: boolean,
): ClaimReport {
  if (time === undefined) {
    return sensitive ? { name, value, meaning, sensitive } : { name, value, meaning };
  }
  return sensitive ? { name, value, meaning, time, sensitive } : { name, value, meaning, time };
}

/**
 * The token's time claims in ms since the epoch. An `exp` written in milliseconds (a common
 * bug: `Date.now()` instead of seconds) is recognised by its size and flagged.
 *
 * @example tokenTimes({ exp: 1700000000, iat: 1699996400 })
 *   // { expiresAt: 1700000000000, issuedAt: 1699996400000 }
 */
export function tokenTimes(payload: unknown): {
  expiresAt?: number;
  notBefore?: number;
  issuedAt?: number;
  expInMilliseconds?: boolean;
} {
  if (!isPlainRecord(payload)) return {};
  const times: ReturnType<typeof tokenTimes> = {};
  const exp = numericDateToMs(payload.exp);
  if (exp) {
    times.expiresAt = exp.ms;
    if (exp.inMilliseconds) times.expInMilliseconds = true;
  }
  const nbf = numericDateToMs(payload.nbf);
  if (nbf) times.notBefore = nbf.ms;
  const iat = numericDateToMs(payload.iat);
  if (iat) times.issuedAt = iat.ms;
  return times;
}
