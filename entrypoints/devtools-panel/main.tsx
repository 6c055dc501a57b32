import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/shared/theme.css';
import '@/components/panel/panel.css';
import {
  followDevtoolsTheme,
  hasDevtoolsNetwork,
  inspectedTabId,
} from '@/lib/platform/devtools-context';
import { PanelRoot } from '@/components/panel/panel-root';
import { collectTokenBodies } from '@/lib/client/token-body-collector';

followDevtoolsTheme(document.documentElement, location.search);
// Start listening before the first render: a login may finish while React mounts.
const collector = collectTokenBodies();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelRoot
      tabId={inspectedTabId(location.search)}
      collector={collector}
      hasNetwork={hasDevtoolsNetwork()}
    />
  </StrictMode>,
);
