import type { CapturedRequest } from '../model/snapshot';
import { findUserinfo } from './decode-facade';

/** A site's HTTP authentication challenge (401 `WWW-Authenticate`), as the log kept it. */
export interface HttpAuthChallenge {
  /** As the server wrote it: 'Basic', 'Digest', 'NTLM', 'Negotiate'. */
  scheme: string;
  /** The protection space the server named (`realm="…"`), or '' when it named none. */
  realm: string;
  /** The request went through in the end: the browser answered the challenge. */
  answered: boolean;
  /** The user name of the request's URL (`http://alice@host/`), when the user gave it there. */
  user?: string;
}

/** Schemes where the browser itself answers: not Bearer, whose 401 only says a token is missing. */
const HTTP_AUTH_SCHEMES = new Map([
  ['basic', 'Basic'],
  ['digest', 'Digest'],
  ['ntlm', 'NTLM'],
  ['negotiate', 'Negotiate'],
  ['kerberos', 'Kerberos'],
]);

const REALM = /realm\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/i;

/**
 * The first HTTP authentication scheme a challenge header offers, with its realm. A header may
 * offer several (`Negotiate, NTLM`; `Bearer realm="api", Basic realm="api"`).
 *
 * @example readChallenge('Basic realm="staff", charset="UTF-8"') // { scheme: 'Basic', realm: 'staff' }
 */
function readChallenge(value: string): { scheme: string; realm: string } | undefined {
  for (const match of value.matchAll(/(?:^|,)\s*([A-Za-z][\w-]*)(?=\s|,|$)/g)) {
    const scheme = HTTP_AUTH_SCHEMES.get(match[1]!.toLowerCase());
    if (!scheme) continue;
    const realm = REALM.exec(value.slice(match.index))
      ?.slice(1)
      .find((r) => r !== undefined);
    return { scheme, realm: realm ?? '' };
  }
  return undefined;
}

/**
 * Every HTTP authentication challenge of the site's own requests (Basic, Digest, NTLM,
 * Negotiate; a Bearer 401 is not one). Chrome shows extensions neither the credentials it sends
 * nor, later, any sign of them: the challenge kept by capture is its only trace.
 */
export function findHttpAuthChallenges(
  requests: readonly CapturedRequest[],
  isFirstParty: (requestId: string) => boolean,
): HttpAuthChallenge[] {
  const found: HttpAuthChallenge[] = [];
  for (const request of requests) {
    for (const header of request.responseHeaders) {
      const name = header.name.toLowerCase();
      // A proxy's challenge (407) says nothing about the site's own login.
      if (name !== 'www-authenticate') continue;
      const challenge = readChallenge(header.value);
      if (!challenge || !isFirstParty(request.id)) continue;
      const answered = request.status !== undefined && request.status < 400;
      const user = findUserinfo(request.url)?.user;
      found.push({ ...challenge, answered, ...(user ? { user } : {}) });
      break;
    }
  }
  return found;
}
