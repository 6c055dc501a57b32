import { DISPLAY_LANGS, type DisplayLang } from '@/lib/engine/i18n/display-lang';
import { Text, useTranslate } from './text';
import { setLang, useSettings } from './use-settings';

const LABELS: Record<DisplayLang, string> = { ko: '한국어', en: 'English', both: '한/EN' };

/**
 * One-click language choice: Korean, English or both side by side. A radio group of toggle
 * buttons, so keyboard users get Tab + Enter/Space, and screen readers hear which is chosen.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const lang = useSettings((s) => s.lang);
  const t = useTranslate();
  return (
    <div
      role="group"
      aria-label={t({ key: 'ui.lang.label' })}
      className={`tk-lang${className ? ` ${className}` : ''}`}
      data-testid="language-switch"
    >
      {DISPLAY_LANGS.map((option) => (
        <button
          key={option}
          type="button"
          className="tk-lang__option"
          aria-pressed={lang === option}
          data-lang={option}
          title={t({ key: `ui.lang.${option}` })}
          onClick={() => void setLang(option)}
        >
          {option === 'both' ? (
            <>
              <span aria-hidden="true">{LABELS.both}</span>
              <span className="tk-sr-only">
                <Text msg={{ key: 'ui.lang.both' }} />
              </span>
            </>
          ) : (
            <span lang={option}>{LABELS[option]}</span>
          )}
        </button>
      ))}
    </div>
  );
}
