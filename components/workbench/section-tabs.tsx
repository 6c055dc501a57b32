import { useRef, type KeyboardEvent } from 'react';
import { Text, useTranslate } from '@/components/shared/text';
import { tabForKey } from '@/components/panel/tabs';
import type { MessageKey } from '@/lib/engine/i18n/catalogue';
import { WORKBENCH_SECTIONS, type WorkbenchSection } from '@/lib/platform/workbench-tab';

const LABELS: Record<WorkbenchSection, MessageKey> = {
  decoder: 'panel.tab.decoder',
  har: 'workbench.section.har',
  learn: 'panel.tab.learn',
};

/**
 * The workbench's section bar, the WAI-ARIA tabs pattern as in the panel: one tab stop, arrow keys
 * move and activate, Home/End jump. `data-section` (not the panel's `data-tab`) names each, so a
 * HAR import's panel below keeps its own tab contract alone.
 */
export function SectionTabs({
  section,
  onSelect,
}: {
  section: WorkbenchSection;
  onSelect: (section: WorkbenchSection) => void;
}) {
  const t = useTranslate();
  const refs = useRef(new Map<WorkbenchSection, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const to = tabForKey(e.key, section, WORKBENCH_SECTIONS);
    if (to === undefined) return;
    e.preventDefault();
    onSelect(to);
    refs.current.get(to)?.focus();
  };
  return (
    <div
      role="tablist"
      className="tp-tabs tw-tabs"
      aria-label={t({ key: 'workbench.sections' })}
      onKeyDown={onKeyDown}
    >
      {WORKBENCH_SECTIONS.map((id) => (
        <button
          key={id}
          ref={(el) => {
            if (el) refs.current.set(id, el);
            else refs.current.delete(id);
          }}
          role="tab"
          type="button"
          id={`tw-tab-${id}`}
          aria-selected={section === id}
          aria-controls={`tw-section-${id}`}
          tabIndex={section === id ? 0 : -1}
          className="tp-tab"
          data-section={id}
          onClick={() => onSelect(id)}
        >
          <Text msg={{ key: LABELS[id] }} />
        </button>
      ))}
    </div>
  );
}
