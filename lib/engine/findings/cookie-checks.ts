import type { Finding } from '../model/report';
import { makeFinding } from './catalogue';
import type { CheckContext } from './context';

/**
 * Cookie attribute checks in the spirit of ZAP rules 10010 (no HttpOnly), 10011 (no Secure),
 * 10054 (SameSite) and 90033 (loose Domain), plus the RFC 6265bis name-prefix rules.
 * Attribute checks apply to the site's own credential cookies only: an analytics cookie without
 * HttpOnly is noise, and an embedded widget's partitioned cookie is not this site's to fix.
 */
export function cookieChecks(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { report, cookie, cls } of ctx.cookies) {
    const at = { artifactId: report.artifactId, tokenId: report.tokenId };
    const name = cookie.name;
    // Browsers match the prefixes case-insensitively since RFC 6265bis draft 13.
    const lower = name.toLowerCase();
    if (
      lower.startsWith('__host-') &&
      (!cookie.secure || !cookie.hostOnly || cookie.path !== '/')
    ) {
      out.push(makeFinding('cookie.host-prefix-broken', at, { name }));
    } else if (lower.startsWith('__secure-') && !cookie.secure) {
      out.push(makeFinding('cookie.secure-prefix-broken', at, { name }));
    }
    if (!cls.is || !ctx.extraction.firstParty.get(report.artifactId)) continue;
    const token = report.tokenId ? ctx.extraction.tokenById.get(report.tokenId) : undefined;
    const isJwt =
      token !== undefined && (token.decoded.jws !== undefined || token.decoded.jwe !== undefined);
    if (!cookie.httpOnly) {
      out.push(
        makeFinding(
          isJwt ? 'cookie.jwt-readable-by-scripts' : 'cookie.credential-without-httponly',
          at,
          { name },
        ),
      );
    }
    if (!cookie.secure) out.push(makeFinding('cookie.credential-without-secure', at, { name }));
    if (cookie.sameSite === 'unspecified')
      out.push(makeFinding('cookie.samesite-missing', at, { name }));
    else if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
      out.push(makeFinding('cookie.samesite-none-without-secure', at, { name }));
    }
    if (!cookie.hostOnly) {
      out.push(
        makeFinding('cookie.loose-domain', at, { name, domain: cookie.domain.replace(/^\./, '') }),
      );
    }
  }
  return out;
}
