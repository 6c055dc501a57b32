import type { Artifact } from '../../model/report';
import { findUserinfo } from '../decode-facade';
import { shortHash } from '../hash';
import type { TokenDraft } from '../types';
import type { ArtifactIndex } from './artifact-index';

type Userinfo = { artifact: Artifact; draft: TokenDraft };

/** Finds or adds the userinfo artifact of a URL; undefined when the URL names no user. */
export type UserinfoLookup = (url: string, origin: string, ofSite: boolean) => Userinfo | undefined;

/**
 * HTTP authentication credentials written into a URL (`http://user:pass@host/`): the browser
 * sends them as Basic (or answers a Digest challenge with them). The password never enters the
 * report (capture already drops it from request URLs): the token is the user name. One artifact
 * per origin and user; the returned function finds or adds it, or returns undefined when the URL
 * names no user.
 */
export function urlUserinfo(index: ArtifactIndex): UserinfoLookup {
  const known = new Map<string, Userinfo>();
  return (url, origin, ofSite) => {
    if (!url.includes('@')) return undefined;
    const user = findUserinfo(url)?.user;
    if (!user) return undefined;
    const key = `${origin}\u0000${user}`;
    let found = known.get(key);
    if (!found) {
      const artifact = index.addArtifact(
        `url:${origin}:userinfo:${shortHash(user)}`,
        { location: 'url', label: `${user}@`, name: 'userinfo', origin },
        ofSite,
      );
      const draft = index.addSighting(
        user,
        { artifactId: artifact.id, location: 'url', name: 'userinfo', firstParty: ofSite },
        artifact,
      );
      draft.basic = { user, password: '' };
      draft.formatOverride = 'basic';
      found = { artifact, draft };
      known.set(key, found);
    }
    return found;
  };
}
