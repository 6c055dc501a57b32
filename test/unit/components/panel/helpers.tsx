import { render } from '@testing-library/react';
import { PanelApp } from '@/components/panel/panel-app';
import { resetPanel, usePanel, type PanelTab } from '@/components/panel/panel-store';
import { useSettings } from '@/components/shared/use-settings';
import type { Report } from '@/lib/engine/model/report';

/** Renders the panel over a fixture report with the clock pinned, on the given tab. */
export function renderPanel(
  report: Report,
  tab: PanelTab = 'overview',
  lang: 'ko' | 'en' | 'both' = 'en',
) {
  resetPanel();
  useSettings.setState({ lang, loaded: true });
  usePanel.setState({ tab });
  return render(<PanelApp data={{ status: 'ready', report }} tabId={7} live={false} />);
}
