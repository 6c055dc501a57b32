import type { Finding } from '../../model/report';
import type { CheckContext } from './context';
import { cookieChecks } from './cookie-checks';
import { jwtChecks } from './jwt-checks';
import { storageChecks } from './storage-checks';
import { transportChecks } from './transport-checks';

/** Runs every check group; one occurrence per finding key. */
export function runChecks(ctx: CheckContext): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const finding of [
    ...jwtChecks(ctx),
    ...cookieChecks(ctx),
    ...storageChecks(ctx),
    ...transportChecks(ctx),
  ]) {
    if (seen.has(finding.key)) continue;
    seen.add(finding.key);
    out.push(finding);
  }
  return out;
}
