import { isJsonObject, parseJsonSafe } from '@/lib/engine/decode/safe-json';
import {
  jwksUriFromConfiguration,
  type DiscoveryPlan,
  type JwksUriResult,
} from '@/lib/engine/verify/discovery-plan';

/**
 * The one network request Tokki makes, and only on the user's click: the issuer's discovery
 * document, then the JWKS it names (lib/engine/verify/discovery-plan.ts decides both URLs).
 * No cookies, no referrer, no redirects (a redirect would reach a URL the user was not shown),
 * a size cap and a timeout; every failure is a value.
 */

type IssuerKeysFailure =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'not-json'
  | 'not-jwks'
  | Exclude<JwksUriResult, { ok: true }>['reason'];

export type IssuerKeys =
  | { ok: true; configurationUrl: string; jwksUrl: string; jwksText: string }
  | {
      ok: false;
      step: 'configuration' | 'jwks';
      url: string;
      reason: IssuerKeysFailure;
      status?: number;
    };

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  /** The fetch to use (tests pass a fake). */
  fetchImpl?: typeof fetch;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 256 * 1024 };

type Got = { ok: true; text: string } | { ok: false; reason: IssuerKeysFailure; status?: number };

/**
 * Fetches the plan's discovery document and then its `jwks_uri`, nothing else.
 *
 * @example await fetchIssuerKeys(plan) // { ok: true, jwksUrl, jwksText, … }
 */
export async function fetchIssuerKeys(
  plan: Extract<DiscoveryPlan, { ok: true }>,
  limits: FetchLimits = {},
): Promise<IssuerKeys> {
  const config = await getJson(plan.configurationUrl, limits);
  if (!config.ok) return { ...config, step: 'configuration', url: plan.configurationUrl };
  const jwks = jwksUriFromConfiguration(config.value, plan.issuer);
  if (!jwks.ok) {
    return { ok: false, step: 'configuration', url: plan.configurationUrl, reason: jwks.reason };
  }
  const keys = await getJson(jwks.jwksUrl, limits);
  if (!keys.ok) return { ...keys, step: 'jwks', url: jwks.jwksUrl };
  if (!isJsonObject(keys.value) || !Array.isArray(keys.value.keys)) {
    return { ok: false, step: 'jwks', url: jwks.jwksUrl, reason: 'not-jwks' };
  }
  return {
    ok: true,
    configurationUrl: plan.configurationUrl,
    jwksUrl: jwks.jwksUrl,
    jwksText: keys.text,
  };
}

async function getJson(
  url: string,
  limits: FetchLimits,
): Promise<
  | { ok: true; value: unknown; text: string }
  | { ok: false; reason: IssuerKeysFailure; status?: number }
> {
  const got = await getText(url, limits);
  if (!got.ok) return got;
  const parsed = parseJsonSafe(got.text);
  return parsed.ok
    ? { ok: true, value: parsed.value, text: got.text }
    : { ok: false, reason: 'not-json' };
}

async function getText(url: string, limits: FetchLimits): Promise<Got> {
  const { timeoutMs, maxBytes } = { ...DEFAULTS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (limits.fetchImpl ?? fetch)(url, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false, reason: 'http-status', status: response.status };
    return await readCapped(response, maxBytes);
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body up to `maxBytes`, cancelling the stream past it. */
async function readCapped(response: Response, maxBytes: number): Promise<Got> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return { ok: false, reason: 'too-large' };
  if (!response.body) return { ok: true, text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
