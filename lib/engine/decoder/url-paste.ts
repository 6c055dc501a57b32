/**
 * A pasted URL: not a token itself, but it may carry some in its query or fragment (an OAuth
 * redirect's `#access_token=…`, a `?token=` link). The engine's URL rules find them, as the
 * analysis does for the URLs a site loads.
 */
import { findTokensInUrl } from '@/lib/engine/decode/find-tokens';

export interface UrlPaste {
  host: string;
  /** Each credential with where it sat: `#access_token`, `?code`. */
  tokens: { source: string; value: string }[];
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/i;

/**
 * The paste read as an absolute URL; undefined when it is not one.
 *
 * @example urlPaste('https://app.test/cb#access_token=eyJ…')?.tokens[0]?.source // '#access_token'
 */
export function urlPaste(text: string): UrlPaste | undefined {
  if (!ABSOLUTE_URL.test(text)) return undefined;
  let host: string;
  try {
    host = new URL(text).host;
  } catch {
    // Shaped like a URL but not one the URL parser accepts: left to the other readings.
    return undefined;
  }
  const tokens = findTokensInUrl(text).map((t) => ({
    source: `${t.where === 'query' ? '?' : '#'}${t.param}`,
    value: t.value,
  }));
  return { host: host || text.slice(0, text.indexOf('://')), tokens };
}
