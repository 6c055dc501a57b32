/**
 * The webRequest resource type (`main_frame`, `xmlhttprequest`, `image`, …) of a HAR entry, so the
 * Requests and Flow views read an imported request as a captured one. Chrome writes DevTools'
 * `_resourceType`; Firefox and Safari do not, so the request's `Sec-Fetch-Dest` header or the
 * response's type stands in.
 */
import type { HttpHeader } from '../model/snapshot';
import { record, text } from './har-types';

/** DevTools resource types → webRequest types (Chrome reports fetch() as xmlhttprequest). */
const DEVTOOLS_TYPES: Record<string, string> = {
  document: 'main_frame',
  stylesheet: 'stylesheet',
  image: 'image',
  media: 'media',
  font: 'font',
  script: 'script',
  xhr: 'xmlhttprequest',
  fetch: 'xmlhttprequest',
  eventsource: 'xmlhttprequest',
  websocket: 'websocket',
  ping: 'ping',
  'csp-violation-report': 'csp_report',
  preflight: 'other',
};

/** `Sec-Fetch-Dest` values → webRequest types. */
const FETCH_DEST: Record<string, string> = {
  document: 'main_frame',
  iframe: 'sub_frame',
  frame: 'sub_frame',
  image: 'image',
  script: 'script',
  style: 'stylesheet',
  font: 'font',
  audio: 'media',
  video: 'media',
  empty: 'xmlhttprequest',
};

function byMime(mimeType: string): string {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'text/html') return 'main_frame';
  if (base.startsWith('image/')) return 'image';
  if (base.startsWith('font/')) return 'font';
  if (base === 'text/css') return 'stylesheet';
  if (base.endsWith('javascript')) return 'script';
  if (base.endsWith('json') || base.endsWith('+json')) return 'xmlhttprequest';
  return 'other';
}

/**
 * The entry's webRequest type. `otherHeaders` are its request headers that carry no credential.
 *
 * @example requestType({ _resourceType: 'fetch' }, []) // 'xmlhttprequest'
 */
export function requestType(
  entry: Record<string, unknown>,
  otherHeaders: readonly HttpHeader[],
): string {
  const devtools = text(entry._resourceType)?.toLowerCase();
  if (devtools) {
    if (devtools === 'document' && text(record(entry._initiator)?.type) === 'parser')
      return 'sub_frame';
    return DEVTOOLS_TYPES[devtools] ?? 'other';
  }
  const dest = otherHeaders.find((h) => h.name.toLowerCase() === 'sec-fetch-dest')?.value;
  const fromDest = dest ? FETCH_DEST[dest.trim().toLowerCase()] : undefined;
  if (fromDest) return fromDest;
  const content = record(record(entry.response)?.content);
  return byMime(text(content?.mimeType) ?? '');
}
