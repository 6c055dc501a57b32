import { Text } from '@/components/shared/text';
import type { HarImportFailure } from '@/lib/client/har-import';
import { MAX_HAR_BYTES } from '@/lib/engine/har/har-reader';
import type { HarProgress } from './use-har-import';

const MB = 1024 * 1024;

/** Reading a file: how far, and a way to stop. */
export function HarProgressBar({
  progress,
  onCancel,
}: {
  progress: HarProgress;
  onCancel: () => void;
}) {
  return (
    <div className="th-progress" data-testid="har-progress" role="status">
      <progress max={progress.total || 1} value={progress.read} />
      <Text
        msg={{
          key: 'har.progress',
          params: {
            read: (progress.read / MB).toFixed(1),
            total: (progress.total / MB).toFixed(1),
            entries: progress.entries,
          },
        }}
      />
      <button
        type="button"
        className="tk-btn tk-btn--small"
        data-testid="har-cancel"
        onClick={onCancel}
      >
        <Text msg={{ key: 'har.cancel' }} layout="compact" />
      </button>
    </div>
  );
}

/** Why the last import failed (or that it was cancelled), and that the one before still shows. */
export function HarFailure({
  failure,
  kept,
}: {
  failure: HarImportFailure | 'cancelled';
  kept: boolean;
}) {
  if (failure === 'cancelled') {
    return (
      <p className="tk-note" role="status" data-testid="har-cancelled">
        <Text msg={{ key: 'har.cancelled' }} />
      </p>
    );
  }
  return (
    <div className="tp-warn" role="alert" data-testid="har-error" data-reason={failure}>
      <Text
        msg={{ key: `har.error.${failure}`, params: { max: Math.round(MAX_HAR_BYTES / MB) } }}
        layout="block"
      />
      {kept && <Text msg={{ key: 'har.error.kept' }} layout="block" />}
    </div>
  );
}
