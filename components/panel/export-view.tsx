import { useMemo, useState } from 'react';
import { copyText } from '@/components/shared/copy-text';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { useSettings } from '@/components/shared/use-settings';
import { reportToJson } from '@/lib/engine/export/export-json';
import { reportToMarkdown } from '@/lib/engine/export/export-markdown';
import type { Report } from '@/lib/engine/model/report';
import { setExportUnmasked, usePanel } from './panel-store';

type Format = 'markdown' | 'json';

function download(text: string, fileName: string, mime: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoke on the next tick: the click starts the download synchronously in Chromium and Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function fileBase(report: Report): string {
  const host = report.site.registrableDomain || 'site';
  const stamp = new Date(report.generatedAt).toISOString().replace(/[:.]/g, '-');
  return `tokki-${host.replace(/[^a-z0-9.-]/gi, '_')}-${stamp}`;
}

/** Markdown or JSON, as a segmented radio group. */
function FormatSwitch({ format, onChange }: { format: Format; onChange: (f: Format) => void }) {
  return (
    <div role="radiogroup" className="tp-segmented" aria-labelledby="tp-export-format">
      <span id="tp-export-format" className="tp-label">
        <Text msg={{ key: 'panel.export.format' }} />
      </span>
      {(['markdown', 'json'] as const).map((f) => (
        <button
          key={f}
          type="button"
          role="radio"
          aria-checked={format === f}
          className="tp-seg"
          data-format={f}
          onClick={() => onChange(f)}
        >
          {f === 'json' ? 'JSON' : 'Markdown'}
        </button>
      ))}
    </div>
  );
}

/** JSON and Markdown reports of what the panel shows; masked unless the user unmasks. */
export function ExportView({ report, now }: { report: Report; now: number }) {
  const unmasked = usePanel((s) => s.exportUnmasked);
  const lang = useSettings((s) => s.lang);
  const [format, setFormat] = useState<Format>('markdown');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = useMemo(
    () =>
      format === 'json'
        ? reportToJson(report, { unmasked })
        : reportToMarkdown(report, { unmasked, lang, now }),
    [format, report, unmasked, lang, now],
  );
  return (
    <div className="tp-export">
      <div className="tp-toolbar">
        <FormatSwitch format={format} onChange={setFormat} />
        <label className="tp-unmask">
          <input
            type="checkbox"
            data-testid="export-unmask"
            checked={unmasked}
            onChange={(e) => setExportUnmasked(e.target.checked)}
          />{' '}
          <Text msg={{ key: 'panel.export.unmask' }} />
        </label>
        <button
          type="button"
          className="tk-btn"
          data-testid="export-download"
          onClick={() =>
            download(
              text,
              `${fileBase(report)}.${format === 'json' ? 'json' : 'md'}`,
              format === 'json' ? 'application/json' : 'text/markdown',
            )
          }
        >
          <Text msg={{ key: 'panel.export.download' }} />
        </button>
        <button
          type="button"
          className="tk-btn"
          data-testid="export-copy"
          onClick={() => void copyText(text).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
        >
          <Text msg={{ key: 'panel.export.copy' }} />
        </button>
        <span role="status">
          {copied !== 'idle' && (
            <Text msg={{ key: copied === 'copied' ? 'ui.mask.copied' : 'ui.mask.copyFailed' }} />
          )}
        </span>
      </div>
      {unmasked && (
        <p className="tp-warn" data-testid="export-unmasked-warning">
          <Text msg={{ key: 'panel.export.unmaskedWarning' }} />
        </p>
      )}
      <pre
        className="tp-pre tp-export__preview"
        data-testid="export-preview"
        data-format={format}
        data-masked={!unmasked}
        tabIndex={0}
      >
        {/* The file keeps every character; on screen, invisible ones are marked like elsewhere. */}
        <ValueText value={text} maxChars={Infinity} multiline expandable={false} />
      </pre>
    </div>
  );
}
