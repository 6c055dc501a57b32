import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/shared/theme.css';
import '@/components/panel/panel.css';
import '@/components/workbench/workbench.css';
import { syncDocumentLang } from '@/components/shared/document-lang';
import { initSettings } from '@/components/shared/use-settings';
import { WorkbenchApp } from '@/components/workbench/workbench-app';
import { followDevtoolsTheme } from '@/lib/platform/devtools-context';
import { sendMessage } from '@/lib/platform/messaging';
import { parseWorkbenchHash } from '@/lib/platform/workbench-tab';

// The panel's theme rule: `?theme=` when given, else the system's light or dark.
followDevtoolsTheme(document.documentElement, location.search);
initSettings();
syncDocumentLang();
// Asked once, before the first render: the background forgets the text on this first read.
const { handoff: id } = parseWorkbenchHash(location.hash);
const handoff =
  id === undefined
    ? undefined
    : sendMessage('takeSelection', { id }).then((text) => text ?? undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WorkbenchApp handoff={handoff} />
  </StrictMode>,
);
