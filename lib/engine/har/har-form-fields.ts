/**
 * The token-flow fields of a HAR request body (`grant_type=refresh_token`, `refresh_token=…`), as
 * the capture keeps them from webRequest's request body (lib/background/form-fields.ts): the
 * same fields, read from the HAR's `postData` instead.
 */
import { isTokenEndpoint, keepTokenFields, tokenFieldsOfText } from '../decode/token-form-fields';

const MAX_BODY = 64 * 1024;
const MAX_FIELD_VALUE = 8 * 1024;
const capField = (value: string) => value.slice(0, MAX_FIELD_VALUE);

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
    return keepTokenFields(pairs, capField);
  }
  const body = postData.text;
  if (typeof body !== 'string' || body.length === 0 || body.length > MAX_BODY) return undefined;
  const form = /x-www-form-urlencoded/i.test(String(postData.mimeType ?? ''));
  if (!form && !isTokenEndpoint(url)) {
    return undefined;
  }
  return tokenFieldsOfText(body, capField);
}
