/**
 * HAR import off the page's thread: reading, converting and analysing a file of 100,000 entries
 * never blocks the workbench. Started by `startHarImport` (har-import.ts) as a Vite `?worker`
 * bundle; the file is read here, from the page's `File`, and never stored.
 */
import { harHandler, type LookUpDomains } from './har-handler';
import type { HarDomainsAnswer, HarEvent, HarRequest } from './har-protocol';

/** How long the import waits for the page's answer before it groups sites by the engine's guess. */
const LOOKUP_TIMEOUT_MS = 2000;

const waiting = new Map<number, (domains: Record<string, string> | undefined) => void>();
let asked = 0;

/** A worker has no extension APIs: it asks the page, which asks the background. */
const lookUp: LookUpDomains = (hosts) =>
  new Promise((resolve) => {
    const id = (asked += 1);
    const answer = (domains: Record<string, string> | undefined) => {
      waiting.delete(id);
      resolve(domains);
    };
    waiting.set(id, answer);
    setTimeout(() => answer(undefined), LOOKUP_TIMEOUT_MS);
    postMessage({ type: 'hosts', id, hosts } satisfies HarEvent);
  });

const handle = harHandler((event: HarEvent) => postMessage(event), undefined, lookUp);

addEventListener('message', (event: MessageEvent<HarRequest | HarDomainsAnswer>) => {
  const data = event.data;
  if (data.type === 'domains') waiting.get(data.id)?.(data.domains ?? undefined);
  else void handle(data);
});
