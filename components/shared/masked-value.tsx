import { useState } from 'react';
import { copyText, toPrettyJson } from './copy-text';
import { Text, useTranslate } from './text';
import { VisibleChars } from './value-text';

/** How many characters a revealed value shows before "show all" (page values can be huge). */
export const REVEAL_PREVIEW_CHARS = 120;

export interface MaskedValueProps {
  /** The raw value. Shown only after the user reveals it. */
  value: string;
  /** What the value is, for screen readers and button labels (cookie name, token kind…). */
  name: string;
  /** Decoded form (JWT header + payload…); when given, a "copy JSON" button appears. */
  decoded?: unknown;
  /** Controlled reveal state, for views that reveal from elsewhere; uncontrolled otherwise. */
  revealed?: boolean;
  onRevealedChange?: (revealed: boolean) => void;
  previewChars?: number;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The value once revealed (cut to its preview unless shown in full), else dots and its length. */
function MaskedText({
  shown,
  revealed,
  length,
}: {
  shown: string;
  revealed: boolean;
  length: number;
}) {
  return revealed ? (
    <code className="tk-masked__value" data-testid="masked-value-text">
      <bdi>
        <VisibleChars value={shown} />
      </bdi>
    </code>
  ) : (
    <span className="tk-masked__dots" data-testid="masked-value-text">
      <span aria-hidden="true">••••••••</span>{' '}
      <Text msg={{ key: 'ui.mask.hidden', params: { n: length } }} />
    </span>
  );
}

/** Copy the raw value, or its decoded JSON, and say whether the copy worked. */
function CopyButtons({ value, name, decoded }: { value: string; name: string; decoded?: unknown }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const t = useTranslate();
  const doCopy = async (text: string) => setCopy((await copyText(text)) ? 'copied' : 'failed');
  return (
    <>
      <button
        type="button"
        className="tk-btn tk-btn--small"
        aria-label={t({ key: 'ui.mask.copyRawLabel', params: { name } })}
        onClick={() => void doCopy(value)}
      >
        <Text msg={{ key: 'ui.mask.copyRaw' }} layout="compact" />
      </button>
      {decoded !== undefined && (
        <button
          type="button"
          className="tk-btn tk-btn--small"
          aria-label={t({ key: 'ui.mask.copyJsonLabel', params: { name } })}
          onClick={() => void doCopy(toPrettyJson(decoded))}
        >
          <Text msg={{ key: 'ui.mask.copyJson' }} layout="compact" />
        </button>
      )}
      <span role="status" className="tk-masked__status">
        {copy !== 'idle' && (
          <Text msg={{ key: copy === 'copied' ? 'ui.mask.copied' : 'ui.mask.copyFailed' }} />
        )}
      </span>
    </>
  );
}

/**
 * A credential value, masked until the user reveals this one value. Copy buttons work while
 * masked: copying is an explicit act and does not put the value on screen.
 */
export function MaskedValue({
  value,
  name,
  decoded,
  revealed: revealedProp,
  onRevealedChange,
  previewChars = REVEAL_PREVIEW_CHARS,
}: MaskedValueProps) {
  const [revealedOwn, setRevealedOwn] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const t = useTranslate();
  const revealed = revealedProp ?? revealedOwn;
  const length = [...value].length;
  const long = length > previewChars;

  const toggle = () => {
    const next = !revealed;
    if (revealedProp === undefined) setRevealedOwn(next);
    if (!next) setShowAll(false);
    onRevealedChange?.(next);
  };
  const shown = revealed
    ? long && !showAll
      ? [...value].slice(0, previewChars).join('') + '…'
      : value
    : '';

  return (
    <div className="tk-masked" data-testid="masked-value" data-revealed={revealed}>
      <MaskedText shown={shown} revealed={revealed} length={length} />
      <div className="tk-masked__actions">
        <button
          type="button"
          className="tk-btn tk-btn--small"
          aria-pressed={revealed}
          aria-label={t({ key: 'ui.mask.revealLabel', params: { name } })}
          onClick={toggle}
        >
          <Text msg={{ key: revealed ? 'ui.mask.hide' : 'ui.mask.reveal' }} layout="compact" />
        </button>
        {revealed && long && (
          <button
            type="button"
            className="tk-btn tk-btn--small"
            onClick={() => setShowAll(!showAll)}
          >
            <Text
              msg={
                showAll
                  ? { key: 'ui.mask.showLess' }
                  : { key: 'ui.mask.showAll', params: { n: length } }
              }
            />
          </button>
        )}
        <CopyButtons value={value} name={name} decoded={decoded} />
      </div>
    </div>
  );
}
