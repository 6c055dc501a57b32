import { MaskedValue } from '@/components/shared/masked-value';
import { Text, useTranslate } from '@/components/shared/text';
import type { FrameworkValue } from '@/lib/engine/model/report';

/** The decoded data as text; never throws on what a page made. */
function asJson(data: unknown): string {
  try {
    return JSON.stringify(data, null, 2) ?? String(data);
  } catch {
    return String(data);
  }
}

/**
 * A value in a framework's own format (Flask, cookie-session, iron-session, Rails, …): what it
 * is, how it is protected, and the session data where it is readable, masked like the value.
 */
export function FrameworkDetails({ framework }: { framework: FrameworkValue }) {
  const t = useTranslate();
  const { holds, protection } = framework;
  const params = { framework: framework.framework };
  return (
    <div
      className="tp-note"
      data-testid="token-framework"
      data-format={framework.format}
      data-holds={holds}
      data-protection={protection}
    >
      <p>
        <strong>
          <Text msg={{ key: 'panel.framework.title' }} />
        </strong>{' '}
        <Text msg={{ key: `panel.framework.${holds}.${protection}`, params }} />
      </p>
      {framework.compressed && (
        <p className="tp-muted">
          <Text msg={{ key: 'panel.framework.compressed' }} />
        </p>
      )}
      {framework.data !== undefined && (
        <>
          <strong>
            <Text msg={{ key: 'panel.framework.data' }} />
          </strong>
          <MaskedValue
            value={asJson(framework.data)}
            name={t({ key: 'panel.framework.data' })}
            decoded={framework.data}
          />
        </>
      )}
    </div>
  );
}
