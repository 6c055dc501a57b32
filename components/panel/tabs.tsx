import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Text } from '@/components/shared/text';
import { PANEL_TABS, showTab, usePanel, type PanelTab } from './panel-store';

/**
 * The panel's tab bar, following the WAI-ARIA tabs pattern: one tab stop, arrow keys move and
 * activate, Home/End jump. Only the active panel is rendered (lazy tabs keep big views cheap).
 */
export function PanelTabs({
  render,
  badges,
}: {
  render: (tab: PanelTab) => ReactNode;
  badges?: Partial<Record<PanelTab, number>>;
}) {
  const tab = usePanel((s) => s.tab);
  const refs = useRef(new Map<PanelTab, HTMLButtonElement>());

  const move = (to: PanelTab) => {
    showTab(to);
    refs.current.get(to)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = PANEL_TABS.indexOf(tab);
    const last = PANEL_TABS.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? i === last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i === 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const to = PANEL_TABS[next];
    if (to) move(to);
  };

  return (
    <>
      <div role="tablist" className="tp-tabs" aria-orientation="horizontal" onKeyDown={onKeyDown}>
        {PANEL_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            role="tab"
            type="button"
            id={`tp-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tp-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tp-tab"
            data-tab={id}
            onClick={() => showTab(id)}
          >
            <Text msg={{ key: `panel.tab.${id}` }} />
            {badges?.[id] ? (
              <>
                {/* Read aloud, the name and its count must not run together ("Cookies1"). */}
                <span className="tk-sr-only">, </span>
                <span className="tp-tab__badge">{badges[id]}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <section
        role="tabpanel"
        id={`tp-tabpanel-${tab}`}
        aria-labelledby={`tp-tab-${tab}`}
        className="tp-tabpanel"
        tabIndex={-1}
      >
        {render(tab)}
      </section>
    </>
  );
}
