/** The demo's only account. Real sites compare salted hashes; this is a playground. */
export const DEMO_USER = 'demo';

/** @param {Record<string, string>} body */
export function checkCredentials(body) {
  return body.username === DEMO_USER && body.password === 'demo' ? DEMO_USER : null;
}
