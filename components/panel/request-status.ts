/** The status classes the Requests tab filters and colours by; `none` is a request without an answer. */
export const STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx', 'none'] as const;

/** A status code's class (`4xx`), or `none` when the request got no answer. */
export function statusClass(status: number | undefined): string {
  if (status === undefined) return 'none';
  return `${Math.floor(status / 100)}xx`;
}
