import { isCredentialHeaderName } from '../decode-facade';

/** A header name as the extractors need it, worked out once per distinct spelling. */
export interface HeaderName {
  lower: string;
  cookie: boolean;
  credential: boolean;
}

/**
 * Reads header names, each distinct spelling once: thousands of requests repeat a few dozen.
 *
 * @example headerNames()('Authorization') // { lower: 'authorization', cookie: false, credential: true }
 */
export function headerNames(): (name: string) => HeaderName {
  const known = new Map<string, HeaderName>();
  return (name) => {
    let found = known.get(name);
    if (!found) {
      const lower = name.toLowerCase();
      found = {
        lower,
        cookie: lower === 'cookie',
        credential: lower !== 'cookie' && isCredentialHeaderName(lower),
      };
      known.set(name, found);
    }
    return found;
  };
}
