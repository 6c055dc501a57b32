import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createHarImporter,
  type HarImportFailure,
  type HarImporter,
} from '@/lib/client/har-import';
import type { HarSummary } from '@/lib/client/har-protocol';
import type { Report } from '@/lib/engine/model/report';

export interface HarProgress {
  read: number;
  total: number;
  entries: number;
}

/** What the import view shows: the import shown, the one under way, and the last failure. */
export interface HarImportState {
  shown?: { report: Report; summary: HarSummary; fileName: string };
  progress?: HarProgress;
  failure?: HarImportFailure | 'cancelled';
}

/**
 * The HAR import's state and actions. A failed or cancelled import leaves the import shown
 * before it on screen; the workers end with the page.
 */
export function useHarImport() {
  const importer = useRef<HarImporter | undefined>(undefined);
  const [state, setState] = useState<HarImportState>({});
  useEffect(() => {
    const created = createHarImporter();
    importer.current = created;
    return () => created.dispose();
  }, []);

  const importFile = useCallback((file: File) => {
    setState((s) => ({ shown: s.shown, progress: { read: 0, total: file.size, entries: 0 } }));
    importer.current?.importFile(file, {
      onProgress: (read, total, entries) =>
        setState((s) => (s.progress ? { ...s, progress: { read, total, entries } } : s)),
      onReport: (report, summary) => setState({ shown: { report, summary, fileName: file.name } }),
      onError: (failure) => setState((s) => ({ shown: s.shown, failure })),
    });
  }, []);

  const showSite = useCallback((domain: string) => {
    importer.current?.showSite(domain, {
      onReport: (report, summary) =>
        setState((s) => ({
          ...s,
          shown: s.shown && { report, summary, fileName: s.shown.fileName },
        })),
      onError: (failure) => setState((s) => ({ ...s, failure })),
    });
  }, []);

  const cancel = useCallback(() => {
    importer.current?.cancel();
    setState((s) => ({ shown: s.shown, failure: 'cancelled' }));
  }, []);

  return { state, importFile, showSite, cancel };
}
