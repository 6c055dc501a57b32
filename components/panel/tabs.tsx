import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Text } from '@/components/shared/text';
import { PANEL_TABS, showTab, usePanel, type PanelTab } from './panel-store';

/**
 * The tab a key leads to from `tab` in `tabs`: arrows wrap around, Home and End jump; other keys,
 * none.
 */
export function tabForKey<T>(key: string, tab: T, tabs: readonly T[]): T | undefined {
  const i = tabs.indexOf(tab);
  const last = tabs.length - 1;
  const next: Record<string, number> = {
    ArrowRight: i === last ? 0 : i + 1,
    ArrowLeft: i <= 0 ? last : i - 1,
    Home: 0,
    End: last,
  };
  return key in next ? tabs[next[key]!] : undefined;
}

function TabButton({
  id,
  selected,
  badge,
  buttonRef,
}: {
  id: PanelTab;
  selected: boolean;
  badge: number | undefined;
  buttonRef: (el: HTMLButtonElement | null) => void;
}) {
  return (
    <button
      ref={buttonRef}
      role="tab"
      type="button"
      id={`tp-tab-${id}`}
      aria-selected={selected}
      aria-controls={`tp-tabpanel-${id}`}
      tabIndex={selected ? 0 : -1}
      className="tp-tab"
      data-tab={id}
      onClick={() => showTab(id)}
    >
      <Text msg={{ key: `panel.tab.${id}` }} />
      {badge ? (
        <>
          {/* Read aloud, the name and its count must not run together ("Cookies1"). */}
          <span className="tk-sr-only">, </span>
          <span className="tp-tab__badge">{badge}</span>
        </>
      ) : null}
    </button>
  );
}

/**
 * The panel's tab bar, following the WAI-ARIA tabs pattern: one tab stop, arrow keys move and
 * activate, Home/End jump. Only the active panel is rendered (lazy tabs keep big views cheap).
 */
export function PanelTabs({
  render,
  badges,
  tabs = PANEL_TABS,
}: {
  render: (tab: PanelTab) => ReactNode;
  badges?: Partial<Record<PanelTab, number>>;
  /** The tabs offered (a browser page offers only those that need no site); the first leads. */
  tabs?: readonly PanelTab[];
}) {
  const chosen = usePanel((s) => s.tab);
  const tab = tabs.includes(chosen) ? chosen : tabs[0]!;
  const refs = useRef(new Map<PanelTab, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const to = tabForKey(e.key, tab, tabs);
    if (to === undefined) return;
    e.preventDefault();
    showTab(to);
    refs.current.get(to)?.focus();
  };

  return (
    <>
      <div role="tablist" className="tp-tabs" aria-orientation="horizontal" onKeyDown={onKeyDown}>
        {tabs.map((id) => (
          <TabButton
            key={id}
            id={id}
            selected={tab === id}
            badge={badges?.[id]}
            buttonRef={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
          />
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
