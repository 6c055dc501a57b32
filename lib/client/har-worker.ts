/**
 * HAR import off the page's thread: reading, converting and analysing a file of 100,000 entries
 * never blocks the workbench. Started by `startHarImport` (har-import.ts) as a Vite `?worker`
 * bundle; the file is read here, from the page's `File`, and never stored.
 */
import { harHandler } from './har-handler';
import type { HarEvent, HarRequest } from './har-protocol';

const handle = harHandler((event: HarEvent) => postMessage(event));

addEventListener('message', (event: MessageEvent<HarRequest>) => void handle(event.data));
