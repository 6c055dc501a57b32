/**
 * The signer's certificate from a header's `x5c` (RFC 7515 §4.1.6: base64, not base64url, DER;
 * the first certificate holds the signing key), as PEM for jose's importX509.
 */
export function x5cCertificatePem(header: Record<string, unknown>): string | undefined {
  const chain = header.x5c;
  if (!Array.isArray(chain) || typeof chain[0] !== 'string') return undefined;
  const body = chain[0].replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  const lines = body.replace(/(.{64})(?=.)/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----`;
}
