/**
 * The token-flow fields of a HAR request body (`grant_type=refresh_token`, `refresh_token=…`), as
 * the capture keeps them from webRequest's request body (lib/background/form-fields.ts): the
 * same fields, read from the HAR's `postData` instead.
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

const MAX_BODY = 64 * 1024;
const MAX_FIELD_VALUE = 8 * 1024;
/** Endpoints whose JSON body is worth reading, as the capture reads them. */
const TOKEN_ENDPOINT = /token|oauth|refresh|auth|login|signin|session|connect/i;

function keepFields(entries: Iterable<[string, unknown]>): Record<string, string[]> | undefined {
  let kept: Record<string, string[]> | undefined;
  for (const [name, raw] of entries) {
    if (!TOKEN_FIELDS.has(name.toLowerCase())) continue;
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((v): v is string | number | boolean =>
        ['string', 'number', 'boolean'].includes(typeof v),
      )
      .map((v) => String(v).slice(0, MAX_FIELD_VALUE));
    if (values.length === 0) continue;
    // A null-prototype record: field names such as __proto__ stay plain keys.
    kept ??= Object.create(null) as Record<string, string[]>;
    kept[name] = [...(kept[name] ?? []), ...values];
  }
  return kept;
}

function fieldsOfText(body: string): Record<string, string[]> | undefined {
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? keepFields(Object.entries(parsed))
        : undefined;
    } catch {
      return undefined;
    }
  }
  if (!trimmed.includes('=')) return undefined;
  return keepFields(new URLSearchParams(trimmed).entries());
}

/**
 * The token-flow fields of a HAR `postData`: its `params` (urlencoded and multipart forms) or its
 * text (a form, or JSON sent to a token endpoint). Undefined when it has none.
 *
 * @example tokenFormFields({ text: 'grant_type=refresh_token&password=x' }, 'https://a.test/token')
 *   // { grant_type: ['refresh_token'] }
 */
export function tokenFormFields(
  postData: Record<string, unknown> | undefined,
  url: string,
): Record<string, string[]> | undefined {
  if (!postData) return undefined;
  if (Array.isArray(postData.params) && postData.params.length > 0) {
    const pairs: [string, unknown][] = [];
    for (const p of postData.params as unknown[]) {
      const r = p as { name?: unknown; value?: unknown } | null;
      if (r && typeof r.name === 'string') pairs.push([r.name, r.value]);
    }
    return keepFields(pairs);
  }
  const body = postData.text;
  if (typeof body !== 'string' || body.length === 0 || body.length > MAX_BODY) return undefined;
  const form = /x-www-form-urlencoded/i.test(String(postData.mimeType ?? ''));
  if (!form && !TOKEN_ENDPOINT.test(url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, ''))) {
    return undefined;
  }
  return fieldsOfText(body);
}
