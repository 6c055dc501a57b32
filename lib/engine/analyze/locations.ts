import type { Location, LocationRisk } from '../model/report';

type Profile = Omit<LocationRisk, 'count'>;

/**
 * How each place a credential can live behaves. Cookie rows assume the cookie is sent with
 * requests; a persistent cookie survives a browser restart, a session cookie may not
 * (browsers that restore sessions keep them too, hence `depends`).
 */
export const LOCATION_PROFILES: Readonly<Record<Location, Profile>> = {
  'cookie-httponly': {
    location: 'cookie-httponly',
    readableByScripts: false,
    sentAutomatically: true,
    survivesBrowserClose: 'depends',
  },
  'cookie-script': {
    location: 'cookie-script',
    readableByScripts: true,
    sentAutomatically: true,
    survivesBrowserClose: 'depends',
  },
  localStorage: {
    location: 'localStorage',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'yes',
  },
  sessionStorage: {
    location: 'sessionStorage',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'no',
  },
  indexedDB: {
    location: 'indexedDB',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'yes',
  },
  // Header-only tokens live in page memory (a JS variable) as far as Tokki can tell.
  header: {
    location: 'header',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'no',
  },
  // URLs land in history, logs and Referer headers.
  url: {
    location: 'url',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'yes',
  },
  'response-body': {
    location: 'response-body',
    readableByScripts: true,
    sentAutomatically: false,
    survivesBrowserClose: 'no',
  },
};

/** All locations in display order: safest first. */
export const LOCATION_ORDER: readonly Location[] = [
  'cookie-httponly',
  'cookie-script',
  'header',
  'sessionStorage',
  'localStorage',
  'indexedDB',
  'url',
  'response-body',
];

/**
 * Headers the browser adds itself: HTTP authentication (Basic, Digest, NTLM, Negotiate). The
 * browser keeps the credentials out of the page's reach, attaches them to every request to the
 * site, and forgets them when it closes.
 */
const HEADER_SENT_BY_BROWSER: Profile = {
  location: 'header',
  readableByScripts: false,
  sentAutomatically: true,
  survivesBrowserClose: 'no',
};

/**
 * Risk profile of every location, with how many of the site's credentials were found there.
 * Cookie survival is refined from the cookies actually seen: all persistent → yes, all session → no.
 * The header row describes HTTP authentication when that is all the site's headers carried.
 */
export function locationRisks(
  counts: ReadonlyMap<Location, number>,
  cookieSurvival: { httponly?: 'yes' | 'no' | 'depends'; script?: 'yes' | 'no' | 'depends' } = {},
  { headersSentByBrowser = false }: { headersSentByBrowser?: boolean } = {},
): LocationRisk[] {
  return LOCATION_ORDER.map((location) => {
    const profile = {
      ...(location === 'header' && headersSentByBrowser
        ? HEADER_SENT_BY_BROWSER
        : LOCATION_PROFILES[location]),
    };
    if (location === 'cookie-httponly' && cookieSurvival.httponly) {
      profile.survivesBrowserClose = cookieSurvival.httponly;
    }
    if (location === 'cookie-script' && cookieSurvival.script) {
      profile.survivesBrowserClose = cookieSurvival.script;
    }
    return { ...profile, count: counts.get(location) ?? 0 };
  });
}
