import type { ArtifactIndex } from './artifact-index';
import type { RequestVisit } from './request-visit';

/**
 * A token sent in a form body (a refresh token posted to the token endpoint) is linked to where
 * it is stored: only values already found elsewhere count, under a field named like a token.
 */
export function extractFormFields(visit: RequestVisit, index: ArtifactIndex): void {
  const fields = visit.request.formFields;
  if (!fields) return;
  for (const [field, values] of Object.entries(fields)) {
    if (!/token/i.test(field) || !Array.isArray(values)) continue;
    for (const value of values) {
      const draft = typeof value === 'string' ? index.x.tokens.get(value) : undefined;
      if (draft) visit.sent(draft);
    }
  }
}
