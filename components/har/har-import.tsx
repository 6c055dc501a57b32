import { PanelApp } from '@/components/panel/panel-app';
import { HarFilePicker } from './har-file-picker';
import { HarFailure, HarProgressBar } from './har-status';
import { HarSummaryBar } from './har-summary';
import { useHarImport } from './use-har-import';
import './har-import.css';

/**
 * HAR import in the workbench: choose or drop a .har and see it in the panel's views (Overview,
 * Cookies, Tokens, Requests, Flow, Export), analysed by the same engine as a live tab. The file is
 * read in a worker and never stored; a failed import leaves the one before it on screen.
 */
export function HarImport() {
  const { state, importFile, showSite, cancel } = useHarImport();
  const { shown, progress, failure } = state;
  return (
    <section className="tp-har" data-testid="har-import">
      <HarFilePicker onFile={importFile} busy={!!progress} />
      {progress && <HarProgressBar progress={progress} onCancel={cancel} />}
      {failure && <HarFailure failure={failure} kept={!!shown} />}
      {shown && (
        <>
          <HarSummaryBar summary={shown.summary} fileName={shown.fileName} onSite={showSite} />
          <PanelApp data={{ status: 'ready', report: shown.report }} live={false} />
        </>
      )}
    </section>
  );
}
