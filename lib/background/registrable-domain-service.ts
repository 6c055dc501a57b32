/**
 * Answers the workbench's HAR import with registrable domains: the Public Suffix List lives in the
 * background only (registrable-domain.ts), and a HAR's sites must be grouped as the live capture
 * groups a tab's, so `kim.github.io` and `lee.github.io` stay two sites.
 */
import { onMessage } from '@/lib/platform/messaging';
import { registrableDomainOf } from './registrable-domain';

/** Hosts answered per question: a HAR's page hosts are a few; this bounds a malformed one. */
const MAX_HOSTS = 10_000;

export function registerRegistrableDomains(): void {
  onMessage('registrableDomains', ({ data }) => {
    const hosts = Array.isArray(data.hosts) ? data.hosts.slice(0, MAX_HOSTS) : [];
    return Object.fromEntries(
      hosts
        .filter((host) => typeof host === 'string')
        .map((host) => [host, registrableDomainOf(host)]),
    );
  });
}
