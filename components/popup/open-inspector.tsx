import { Text } from '@/components/shared/text';

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
    </footer>
  );
}
