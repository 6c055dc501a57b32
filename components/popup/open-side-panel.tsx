import { useState } from 'react';
import { Text } from '@/components/shared/text';
import { sidePanelOpener, type SidePanelOpener } from '@/lib/platform/side-panel';

export interface OpenSidePanelProps {
  /** The tab the popup shows: Chrome opens the panel in that tab's window. */
  tabId: number;
  /** Injected in tests; by default this browser's, and no button where it has none. */
  opener?: SidePanelOpener | null;
  /** After the panel opened: the popup closes, the panel now shows the same answer. */
  onOpened?: () => void;
}

/** "Keep open in side panel": for learners who want the answer beside the page as they browse. */
export function OpenSidePanel({
  tabId,
  opener = sidePanelOpener() ?? null,
  onOpened = () => window.close(),
}: OpenSidePanelProps) {
  const [failure, setFailure] = useState<string>();
  if (!opener) return null;
  return (
    <div className="tk-inspector">
      <button
        type="button"
        className="tk-btn"
        data-testid="open-side-panel"
        data-kind={opener.kind}
        onClick={() => {
          // Called at once, not after an await: the browser opens it only within the click.
          opener
            .open(tabId)
            .then(onOpened, (error: unknown) =>
              setFailure(error instanceof Error ? error.message : String(error)),
            );
        }}
      >
        <Text msg={{ key: `sidePanel.open.${opener.kind}` }} />
      </button>
      {failure !== undefined && (
        <p className="tk-muted" role="alert" data-testid="open-side-panel-failed">
          <Text msg={{ key: `sidePanel.openFailed.${opener.kind}`, params: { reason: failure } }} />
        </p>
      )}
    </div>
  );
}
