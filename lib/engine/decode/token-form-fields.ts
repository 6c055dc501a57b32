/**
 * Which fields of a request body show a token flow (`grant_type=refresh_token`, `refresh_token=…`).
 * The capture reads them from webRequest's request body (lib/background/form-fields.ts), the HAR
 * import from a HAR's `postData` (lib/engine/har/har-form-fields.ts): one list and one reading, so
 * a HAR and a live tab keep the same fields. Passwords never are.
 */

/** Fields worth keeping: they show a token flow or carry a token. */
const TOKEN_FIELDS = new Set([
  'grant_type',
  'refresh_token',
  'access_token',
  'id_token',
  'token',
  'token_type_hint',
  'code',
  'code_verifier',
  'client_id',
  'scope',
  'redirect_uri',
  'assertion',
  'subject_token',
  'subject_token_type',
  'device_code',
  'response_type',
  'jwt',
]);

/** Shortens a kept value; each caller caps as its source does. */
export type CapValue = (value: string) => string;

/** The token-flow fields among `entries` (name → value or values), each value capped. */
export function keepTokenFields(
  entries: Iterable<[string, unknown]>,
  cap: CapValue,
): Record<string, string[]> | undefined {
  let kept: Record<string, string[]> | undefined;
  for (const [name, raw] of entries) {
    if (!TOKEN_FIELDS.has(name.toLowerCase())) continue;
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((value): value is string | number | boolean =>
        ['string', 'number', 'boolean'].includes(typeof value),
      )
      .map((value) => cap(String(value)));
    if (values.length === 0) continue;
    // A null-prototype record: page-chosen field names such as __proto__ stay plain keys.
    kept ??= Object.create(null) as Record<string, string[]>;
    kept[name] = [...(kept[name] ?? []), ...values];
  }
  return kept;
}

/** The token-flow fields of a body sent as text: a JSON object or an urlencoded form. */
export function tokenFieldsOfText(
  text: string,
  cap: CapValue,
): Record<string, string[]> | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? keepTokenFields(Object.entries(parsed), cap)
        : undefined;
    } catch {
      return undefined;
    }
  }
  if (!trimmed.includes('=')) return undefined;
  return keepTokenFields(new URLSearchParams(trimmed).entries(), cap);
}

/** Path fragments of endpoints where a login or a refresh happens: their bodies and headers count. */
const TOKEN_ENDPOINT = /token|oauth|refresh|auth|login|signin|session|connect/i;

/** True when the path and query of `url` name a token endpoint (a host named `auth.` does not). */
export function isTokenEndpoint(url: string): boolean {
  return TOKEN_ENDPOINT.test(url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, ''));
}
