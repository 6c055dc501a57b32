import type { Finding } from '../model/report';
import type { CheckContext } from './context';
import { cookieChecks } from './cookie-checks';
import { jwtChecks } from './jwt-checks';
import { storageChecks } from './storage-checks';
import { transportChecks } from './transport-checks';

/** Runs every check group; one occurrence per finding key. */
export function runChecks(ctx: CheckContext): Finding[] {
  // The key is `${id}@${target}` and ids hold no `@`, so (id, target) pairs stand for keys:
  // compared without building and hashing one long string per finding.
  const seen = new Map<string, Set<string>>();
  const out: Finding[] = [];
  for (const group of [jwtChecks, cookieChecks, storageChecks, transportChecks]) {
    for (const finding of group(ctx)) {
      const target = finding.artifactId ?? finding.tokenId ?? 'site';
      let targets = seen.get(finding.id);
      if (!targets) {
        targets = new Set();
        seen.set(finding.id, targets);
      }
      if (targets.has(target)) continue;
      targets.add(target);
      out.push(finding);
    }
  }
  return out;
}
