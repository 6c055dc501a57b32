import type { Finding } from '../model/report';
import { isLoopbackHost } from '../analyze/site';
import { requestById } from '../analyze/extract-artifacts';
import { makeFinding } from './catalogue';
import type { CheckContext } from './context';

function isPlainHttp(url: string): boolean {
  const match = /^http:\/\/([^/?#:]+|\[[^\]]+\])/i.exec(url);
  if (!match) return false;
  // Loopback traffic never crosses a network (RFC 6761 §6.3 for *.localhost).
  return !isLoopbackHost((match[1] ?? '').replace(/^\[|\]$/g, ''));
}

/**
 * Tokens in URLs (they leak through history, logs and Referer: RFC 6750 §5.3) and credentials
 * sent over plain http anywhere but the local machine.
 */
export function transportChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { report, draft } of ctx.tokens) {
    for (const s of draft.sightings) {
      if (s.location === 'url') {
        out.push(
          makeFinding(
            'url.token-in-url',
            { tokenId: report.id, artifactId: s.artifactId },
            { name: s.name },
          ),
        );
      }
    }
  }
  const flagged = new Set<string>();
  for (const artifact of ctx.extraction.artifacts) {
    if (artifact.tokenId === undefined) continue;
    if (
      artifact.location !== 'header' &&
      !artifact.location.startsWith('cookie') &&
      artifact.location !== 'url'
    )
      continue;
    // Extraction noted the plain-http requests; on most sites there are none to look for.
    const plain = ctx.extraction.plainHttpRequestIds;
    const overHttp = plain.size > 0 ? artifact.requestIds.find((id) => plain.has(id)) : undefined;
    const cookie = ctx.extraction.cookieOf.get(artifact.id);
    const pageOverHttp =
      cookie !== undefined && cookie.scope === 'sent' && isPlainHttp(ctx.site.url);
    if ((overHttp !== undefined || pageOverHttp) && !flagged.has(artifact.id)) {
      flagged.add(artifact.id);
      const url =
        overHttp !== undefined ? (requestById(ctx.extraction, overHttp)?.url ?? '') : ctx.site.url;
      out.push(
        makeFinding(
          'transport.credentials-over-http',
          { artifactId: artifact.id, tokenId: artifact.tokenId },
          { name: artifact.label, host: hostOf(url) },
        ),
      );
    }
  }
  return out;
}

function hostOf(url: string): string {
  return /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
}
