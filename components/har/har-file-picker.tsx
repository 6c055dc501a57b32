import { useState, type DragEvent } from 'react';
import { Text } from '@/components/shared/text';

/**
 * Choose or drop a .har file. The file input keeps `data-testid="har-input"` (the workbench's
 * test contract); dropping anywhere on the zone does the same.
 */
export function HarFilePicker({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      className={`th-drop${over ? ' th-drop--over' : ''}`}
      data-testid="har-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="tk-btn tk-btn--primary th-choose">
        <Text msg={{ key: 'har.choose' }} layout="compact" />
        <input
          type="file"
          accept=".har,application/json"
          data-testid="har-input"
          className="th-input"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared, so choosing the same file again imports it again.
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <span className="tp-muted">
        <Text msg={{ key: 'har.drop' }} />
      </span>
      <p className="tp-muted th-privacy">
        <Text msg={{ key: 'har.privacy' }} />
      </p>
    </div>
  );
}
