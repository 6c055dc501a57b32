import { memo, useContext, type ReactNode } from 'react';
import type { Lang, Msg } from '@/lib/engine/model/report';
import { isolateParam } from '@/lib/engine/display/visible-text';
import { translate } from '@/lib/engine/i18n/translate';
import { langsOf, type DisplayLang } from '@/lib/engine/i18n/display-lang';
import type { Catalogue } from '@/lib/engine/i18n/entry';
import { CatalogueContext } from './catalogue-context';
import { useSettings } from './use-settings';

type Render = (lang: Lang) => string;

export interface TextProps {
  /** The message to show. */
  msg?: Msg;
  /** Alternative to `msg` for text assembled per language (durations, dates). */
  render?: Render;
  /** Overrides the user's choice (tests, previews). */
  lang?: DisplayLang;
  /**
   * How "both" is laid out: `block` as two columns (sentences), `inline` side by side and
   * wrapping (labels), `compact` as "한국어 / English" in one run (badges, buttons).
   */
  layout?: 'inline' | 'block' | 'compact';
  className?: string;
}

/**
 * Parameters are often page-made (cookie names, keys, users): their invisible characters are
 * marked and right-to-left text isolated, so a U+202E in a cookie name cannot reverse the sentence.
 */
function safeMsg(msg: Msg): Msg {
  const params = msg.params;
  if (!params) return msg;
  const entries = Object.entries(params);
  const safe = entries.map(([name, value]): [string, string | number] => [
    name,
    typeof value === 'string' ? isolateParam(value) : value,
  ]);
  if (safe.every(([, value], i) => value === entries[i]![1])) return msg;
  // fromEntries defines properties: a parameter named "__proto__" stays data.
  return { key: msg.key, params: Object.fromEntries(safe) };
}

function textIn(
  lang: Lang,
  msg: Msg | undefined,
  render: Render | undefined,
  messages: Catalogue,
): string {
  if (render) return render(lang);
  return msg ? translate(safeMsg(msg), lang, messages) : '';
}

/**
 * Renders a message in the current language, or in Korean and English side by side.
 * Output is always plain text: parameters may come from the page.
 */
export const Text = memo(function Text({
  msg,
  render,
  lang,
  layout = 'inline',
  className,
}: TextProps) {
  const chosen = useSettings((s) => s.lang);
  const messages = useContext(CatalogueContext);
  const shown = lang ?? chosen;
  if (shown !== 'both') {
    return (
      <span lang={shown} className={className}>
        {textIn(shown, msg, render, messages)}
      </span>
    );
  }
  const parts: ReactNode[] = langsOf(shown).map((l) => (
    <span key={l} lang={l} className="tk-both__part">
      {textIn(l, msg, render, messages)}
    </span>
  ));
  return (
    <span className={`tk-both tk-both--${layout}${className ? ` ${className}` : ''}`}>{parts}</span>
  );
});

/**
 * A string for attributes (aria-label, title) where markup cannot go: in "both" mode, the two
 * languages joined by " / ".
 */
export function useTranslate(): (msg: Msg) => string {
  const lang = useSettings((s) => s.lang);
  const messages = useContext(CatalogueContext);
  return (msg) =>
    langsOf(lang)
      .map((l) => translate(safeMsg(msg), l, messages))
      .join(' / ');
}
