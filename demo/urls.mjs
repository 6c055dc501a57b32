/**
 * Every URL of the demo site for one port. Tests, the tour and the bench import this instead of
 * hard-coding hosts: each login lives on its own *.localhost host, so each has its own cookies.
 *
 * @param {number} port the port the demo site listens on
 */
export function demoUrls(port) {
  const origin = (host) => `http://${host}:${port}`;
  const index = origin('localhost');
  const session = origin('session.localhost');
  const bearer = origin('bearer.localhost');
  const jwtCookie = origin('jwtcookie.localhost');
  const plain = origin('plain.localhost');
  const verify = origin('verify.localhost');
  // OpenID discovery over http only for the loopback host itself, so the issuer lives there.
  const issuer = `${index}/issuer`;
  return {
    index: `${index}/`,
    session: {
      origin: session,
      home: `${session}/`,
      login: `${session}/login`,
      me: `${session}/me`,
      logout: `${session}/logout`,
      auto: `${session}/auto`,
    },
    bearer: {
      origin: bearer,
      home: `${bearer}/`,
      login: `${bearer}/login`,
      me: `${bearer}/api/me`,
      refresh: `${bearer}/refresh`,
      logout: `${bearer}/logout`,
      jwks: `${bearer}/.well-known/jwks.json`,
      auto: `${bearer}/auto`,
    },
    jwtCookie: {
      origin: jwtCookie,
      home: `${jwtCookie}/`,
      login: `${jwtCookie}/login`,
      me: `${jwtCookie}/me`,
      apiMe: `${jwtCookie}/api/me`,
      logout: `${jwtCookie}/logout`,
      jwks: `${jwtCookie}/.well-known/jwks.json`,
      auto: `${jwtCookie}/auto`,
    },
    plain: { origin: plain, home: `${plain}/` },
    verify: {
      origin: verify,
      home: `${verify}/`,
      login: `${verify}/login`,
      auto: `${verify}/auto`,
      issuer,
      configuration: `${issuer}/.well-known/openid-configuration`,
      jwks: `${issuer}/jwks.json`,
    },
  };
}

/** The hosts the demo site answers, by site name. */
export const DEMO_HOSTS = Object.freeze({
  index: 'localhost',
  session: 'session.localhost',
  bearer: 'bearer.localhost',
  jwtCookie: 'jwtcookie.localhost',
  plain: 'plain.localhost',
  verify: 'verify.localhost',
});
