import { exportSPKI, importX509 } from 'jose';
import { PROBE_ALGS } from './algorithms';
import type { JwsParts } from './jws-parts';
import type { ConfusionForm } from './types';
import { hmacSha2, type HmacAlg } from './weak-secrets/hmac-sha2';

interface PemKey {
  shape: 'pem-spki' | 'pem-certificate';
  /** The PEM block in its standard form (64-character lines, LF). */
  pem: string;
  /** The block as pasted. */
  text: string;
  der: Uint8Array;
}

/**
 * The algorithm-confusion attack (RFC 8725 §2.1): a server that verifies HS256 with whatever key
 * it holds uses its RSA/EC public key's bytes as the HMAC secret, so anyone with the public key
 * can sign. Checks the token's HMAC under the forms a server's key file takes (PEM text with or
 * without a final newline, LF or CRLF; DER; for a certificate, its public key as SPKI PEM/DER)
 * and returns the form that verifies, or undefined.
 */
export async function findAlgorithmConfusion(
  parts: JwsParts,
  alg: HmacAlg,
  key: PemKey,
): Promise<ConfusionForm | undefined> {
  const matches = (bytes: Uint8Array) =>
    equalBytes(hmacSha2(alg, bytes, parts.signingInput), parts.signature);
  if (pemForms(key.pem, key.text).some((form) => matches(utf8(form)))) return 'pem-text';
  if (matches(key.der)) return 'der';
  if (key.shape !== 'pem-certificate') return undefined;
  const spki = await certificateSpki(key.pem);
  if (!spki) return undefined;
  if (pemForms(spki, spki).some((form) => matches(utf8(form)))) return 'spki-pem-of-certificate';
  const body = spki.replace(/-----[^-]+-----|\s/g, '');
  const der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return matches(der) ? 'spki-der-of-certificate' : undefined;
}

function pemForms(pem: string, pasted: string): string[] {
  const crlf = pem.replace(/\n/g, '\r\n');
  return [...new Set([pem, `${pem}\n`, crlf, `${crlf}\r\n`, pasted, pasted.trim()])];
}

async function certificateSpki(pem: string): Promise<string | undefined> {
  for (const alg of PROBE_ALGS) {
    try {
      return await exportSPKI(await importX509(pem, alg, { extractable: true }));
    } catch {
      // Not this key type; try the next.
    }
  }
  return undefined;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
