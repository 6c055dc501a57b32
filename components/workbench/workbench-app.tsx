import { useEffect, type ReactNode } from 'react';
import { HarImport } from '@/components/har/har-import';
import { DecoderView } from '@/components/panel/decoder-view';
import { LearnView } from '@/components/panel/learn-view';
import { WorkbenchLinkShown } from '@/components/panel/panel-app';
import { CatalogueContext } from '@/components/shared/catalogue-context';
import { LanguageSwitch } from '@/components/shared/language-switch';
import { Text, useTranslate } from '@/components/shared/text';
import { NowContext } from '@/components/shared/use-now';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { WorkbenchSection } from '@/lib/platform/workbench-tab';
import { SectionTabs } from './section-tabs';
import { useHandoff, type HandoffState } from './use-handoff';
import { useSection } from './use-section';
import { useTickingNow } from './use-ticking-now';

export interface WorkbenchAppProps {
  /** The text "Decode with Tokki" handed over, when the page was opened for one. */
  handoff?: Promise<string | undefined>;
  /** Pins the clock (tests); otherwise it ticks every second. */
  now?: number;
}

function HandoffNote({ state }: { state: HandoffState }) {
  if (state === 'received')
    return (
      <p className="tk-note" role="status" data-testid="handoff" data-state={state}>
        <Text msg={{ key: 'workbench.handoff.received' }} />
      </p>
    );
  if (state === 'missing')
    return (
      <p className="tp-warn" role="alert" data-testid="handoff" data-state={state}>
        <Text msg={{ key: 'workbench.handoff.missing' }} layout="block" />
      </p>
    );
  return null;
}

function Section({
  id,
  shown,
  children,
}: {
  id: WorkbenchSection;
  shown: WorkbenchSection;
  children: ReactNode;
}) {
  // Every section stays mounted and only hides, so a HAR import survives a look at the Decoder.
  return (
    <section
      role="tabpanel"
      id={`tw-section-${id}`}
      aria-labelledby={`tw-tab-${id}`}
      className="tp-tabpanel tw-section"
      data-testid={`workbench-${id}`}
      hidden={id !== shown}
    >
      {children}
    </section>
  );
}

/**
 * The workbench page: Tokki's tools that need no site (the Decoder, HAR import, Learn) in one
 * extension page of their own, with the inspector's look and the user's language.
 */
export function WorkbenchApp(props: WorkbenchAppProps) {
  return (
    <CatalogueContext value={catalogue}>
      <WorkbenchPage {...props} />
    </CatalogueContext>
  );
}

function WorkbenchPage({ handoff, now: pinned }: WorkbenchAppProps) {
  const [section, setSection] = useSection();
  const handoffState = useHandoff(handoff);
  const now = useTickingNow(pinned);
  const t = useTranslate();
  const title = t({ key: 'workbench.title' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="tp-panel tw-page" data-testid="workbench" data-section={section}>
      <header className="tp-header tw-header">
        <h1 className="tp-brand tw-title">
          <img src="/icon/32.png" alt="" width={18} height={18} className="tw-logo" />
          <Text msg={{ key: 'workbench.title' }} layout="compact" />
        </h1>
        <span className="tp-muted tw-tagline">
          <Text msg={{ key: 'workbench.tagline' }} />
        </span>
        <span className="tp-spacer" />
        <LanguageSwitch />
      </header>
      <SectionTabs section={section} onSelect={setSection} />
      <NowContext.Provider value={now}>
        <Section id="decoder" shown={section}>
          <HandoffNote state={handoffState} />
          <DecoderView />
        </Section>
        <Section id="har" shown={section}>
          <WorkbenchLinkShown value={false}>
            <HarImport />
          </WorkbenchLinkShown>
        </Section>
        <Section id="learn" shown={section}>
          <LearnView />
        </Section>
      </NowContext.Provider>
    </div>
  );
}
