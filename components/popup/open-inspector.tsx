import { Text, useTranslate } from '@/components/shared/text';
import { openWorkbenchTab } from '@/lib/platform/workbench-tab';

/**
 * The way to the workbench (Decoder, HAR import, Learn): it needs no site, so it is offered on
 * browser pages too. Only the small tab opener is imported, never the workbench itself.
 */
export function OpenWorkbench() {
  const t = useTranslate();
  return (
    <button
      type="button"
      className="tk-btn"
      title={t({ key: 'ui.workbench.title' })}
      data-testid="open-workbench"
      onClick={() => void openWorkbenchTab({ section: 'decoder' }).then(() => window.close())}
    >
      <Text msg={{ key: 'ui.workbench.open' }} layout="compact" />
    </button>
  );
}

/** The way into the full inspector: the DevTools hint, and a button for people who skip DevTools. */
export function OpenInspector({ onOpen }: { onOpen: () => void }) {
  return (
    <footer className="tk-inspector" data-testid="open-inspector">
      <p className="tk-muted">
        <Text msg={{ key: 'ui.inspector.hint' }} />
      </p>
      <button
        type="button"
        className="tk-btn tk-btn--primary"
        onClick={onOpen}
        data-testid="open-inspector-button"
      >
        <Text msg={{ key: 'ui.inspector.open' }} />
      </button>
      <OpenWorkbench />
    </footer>
  );
}
