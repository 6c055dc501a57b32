/** Types for urls.mjs (the demo site is plain Node ESM; TypeScript tests import it). */
export interface DemoUrls {
  index: string;
  session: {
    origin: string;
    home: string;
    login: string;
    me: string;
    logout: string;
    auto: string;
  };
  bearer: {
    origin: string;
    home: string;
    login: string;
    me: string;
    refresh: string;
    logout: string;
    jwks: string;
    auto: string;
  };
  jwtCookie: {
    origin: string;
    home: string;
    login: string;
    me: string;
    apiMe: string;
    logout: string;
    jwks: string;
    auto: string;
  };
  plain: { origin: string; home: string };
  /** Three JWTs to verify; the issuer (on the loopback host) publishes discovery and a JWKS. */
  verify: {
    origin: string;
    home: string;
    login: string;
    auto: string;
    issuer: string;
    configuration: string;
    jwks: string;
  };
}

export function demoUrls(port: number): DemoUrls;

export const DEMO_HOSTS: Readonly<{
  index: 'localhost';
  session: 'session.localhost';
  bearer: 'bearer.localhost';
  jwtCookie: 'jwtcookie.localhost';
  plain: 'plain.localhost';
  verify: 'verify.localhost';
}>;
