import { memo, useState } from 'react';
import { displayValue, type ValueSegment } from '@/lib/engine/display/visible-text';
import { Text } from './text';

/** Characters of a page value shown before "show all" where no other limit is given. */
const VALUE_PREVIEW_CHARS = 200;

/**
 * The segments of a page value: plain runs as text nodes, each invisible character as a visible
 * mark (⟨U+200B⟩) carrying the character's code, so look-alike values can be told apart.
 */
function ValueSegments({ segments }: { segments: readonly ValueSegment[] }) {
  return segments.map((s, i) =>
    s.kind === 'text' ? (
      s.text
    ) : (
      <span key={i} className="tk-invisible" data-invisible={s.code} title={s.code}>
        ⟨{s.code}⟩
      </span>
    ),
  );
}

/** A page value with its invisible characters marked and nothing cut. */
export const VisibleChars = memo(function VisibleChars({ value }: { value: string }) {
  return <ValueSegments segments={displayValue(value).segments} />;
});

export interface ValueTextProps {
  /** The page-made string: cookie or storage name, claim, header value, URL… */
  value: string;
  /** Characters shown before "show all"; the default suits names and URLs. */
  maxChars?: number;
  /**
   * Offer the "show all" button. Off where a button cannot go (inside another button); the cut
   * is then marked with "…" and the full length.
   */
  expandable?: boolean;
  /** Keep line feeds (pretty-printed JSON in a `<pre>`). */
  multiline?: boolean;
  className?: string;
}

/**
 * Every string that came from a page goes through here. It is rendered as text nodes only (never
 * markup), in a `<bdi>` so a right-to-left override cannot flip the interface around it, with
 * invisible characters made visible, and cut after `maxChars` with a "show all" / "전체 보기"
 * control that reveals the rest.
 */
export const ValueText = memo(function ValueText({
  value,
  maxChars = VALUE_PREVIEW_CHARS,
  expandable = true,
  multiline = false,
  className,
}: ValueTextProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = displayValue(value, showAll ? Infinity : maxChars, { multiline });
  const cut = shown.truncated;
  const long = showAll || cut;
  return (
    <span
      className={`tk-value${className ? ` ${className}` : ''}`}
      data-testid="value-text"
      data-truncated={cut}
      data-invisible-count={shown.invisibleCount || undefined}
    >
      <bdi className="tk-value__text">
        <ValueSegments segments={shown.segments} />
      </bdi>
      {cut && (
        <span className="tk-value__more" aria-hidden={expandable}>
          …{!expandable && ` [${shown.totalChars}]`}
        </span>
      )}
      {long && expandable && (
        <button
          type="button"
          className="tk-btn tk-btn--small tk-value__toggle"
          data-testid="value-show-all"
          aria-expanded={showAll}
          onClick={(e) => {
            // Values sit inside clickable rows: showing more must not also select the row.
            e.stopPropagation();
            setShowAll(!showAll);
          }}
        >
          <Text
            msg={
              showAll
                ? { key: 'ui.mask.showLess' }
                : { key: 'ui.mask.showAll', params: { n: shown.totalChars } }
            }
            layout="compact"
          />
        </button>
      )}
    </span>
  );
});
