import type { HarErrorReason } from '@/lib/engine/har/har-reader';
import type { Report } from '@/lib/engine/model/report';
import HarWorker from './har-worker?worker';
import type { HarDomainsAnswer, HarEvent, HarRequest, HarSummary } from './har-protocol';
import { lookUpRegistrableDomains } from './registrable-domains';

/** Why an import failed: the file's reason, or the worker itself failed. */
export type HarImportFailure = HarErrorReason | 'worker-failed';

interface HarImportCallbacks {
  onProgress?: (read: number, total: number, entries: number) => void;
  onReport: (report: Report, summary: HarSummary) => void;
  onError: (reason: HarImportFailure) => void;
}

export interface HarImporter {
  /** Reads `file` in a new worker; the import shown so far stays until this one succeeds. */
  importFile(file: Blob, callbacks: HarImportCallbacks): void;
  /** Answers for another site of the import shown. */
  showSite(domain: string, callbacks: HarImportCallbacks): void;
  /** Stops the import under way, if any; the one shown stays. */
  cancel(): void;
  /** Ends every worker (the page goes away). */
  dispose(): void;
}

/**
 * HAR imports in Web Workers (har-worker.ts). Each import gets a worker of its own, kept while its
 * report is shown so the site picker can ask it for another site without reading the file again;
 * a cancelled or failed import ends its worker and leaves the shown one alone. A worker's `hosts`
 * question is answered with `lookUp` (the background's Public Suffix List by default).
 *
 * @example const importer = createHarImporter(); importer.importFile(file, { onReport, onError });
 */
export function createHarImporter(lookUp = lookUpRegistrableDomains): HarImporter {
  let shown: Worker | undefined;
  let pending: Worker | undefined;

  const listen = (worker: Worker, callbacks: HarImportCallbacks, onReport?: () => void) => {
    const onMessage = (event: MessageEvent<HarEvent>) => {
      const data = event.data;
      if (data.type === 'progress')
        return callbacks.onProgress?.(data.read, data.total, data.entries);
      if (data.type === 'hosts') {
        void lookUp(data.hosts).then((domains) =>
          worker.postMessage({
            type: 'domains',
            id: data.id,
            domains: domains ?? null,
          } satisfies HarDomainsAnswer),
        );
        return;
      }
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (data.type === 'report') {
        onReport?.();
        callbacks.onReport(data.report, data.summary);
      } else {
        if (worker === pending) end();
        callbacks.onError(data.reason);
      }
    };
    const onError = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (worker === pending) end();
      callbacks.onError('worker-failed');
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  };

  const end = () => {
    pending?.terminate();
    pending = undefined;
  };

  return {
    importFile(file, callbacks) {
      end();
      const worker = new HarWorker({ name: 'tokki-har-import' });
      pending = worker;
      listen(worker, callbacks, () => {
        if (pending !== worker) return;
        shown?.terminate();
        shown = worker;
        pending = undefined;
      });
      worker.postMessage({ type: 'import', file } satisfies HarRequest);
    },
    showSite(domain, callbacks) {
      if (!shown) return;
      listen(shown, callbacks);
      shown.postMessage({ type: 'site', domain } satisfies HarRequest);
    },
    cancel: end,
    dispose() {
      end();
      shown?.terminate();
      shown = undefined;
    },
  };
}
