import type { CookieReport, Msg, TokenReport } from '../model/report';

/** Cookie reasons that name an auth stack (analytics, consent and CDN vendors are no stack). */
const STACK_COOKIE_REASON =
  /^analysis\.cookie\.reason\.(known-sdk|known-session|framework-(data|id)\.\w+|sign-in-service|purpose\.(flag|oauth-state|redirect|user-hint))$/;
/** Token reasons that name the SDK keeping it, the framework writing it or the issuer. */
const STACK_TOKEN_REASON =
  /^analysis\.kind\.reason\.(known-sdk|sdk-store|issuer|framework-(data|id)\.\w+)$/;

function nameIn(msg: Msg): string | undefined {
  const p = msg.params;
  const name = p?.sdk ?? p?.framework ?? p?.provider ?? p?.vendor;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * The auth stacks the knowledge tables recognised on a page, each once, in the order first
 * met: cookies first (their frameworks and SDK flags), then tokens (the SDK keeping them, the
 * framework writing them, their issuer). For explanations that name the stack in front of the
 * user ("Firebase Auth", "Flask", "Auth0 SPA SDK").
 *
 * @example recognisedStacks(report.cookies, report.tokens) // ['Flask']
 */
export function recognisedStacks(
  cookies: readonly Pick<CookieReport, 'credential'>[],
  tokens: readonly Pick<TokenReport, 'kindReasons'>[],
): string[] {
  const names = new Set<string>();
  for (const c of cookies) {
    for (const r of c.credential.reasons) {
      const name = STACK_COOKIE_REASON.test(r.key) ? nameIn(r) : undefined;
      if (name) names.add(name);
    }
  }
  for (const t of tokens) {
    for (const r of t.kindReasons) {
      const name = STACK_TOKEN_REASON.test(r.key) ? nameIn(r) : undefined;
      if (name) names.add(name);
    }
  }
  return [...names];
}
