// The panel's UI lives in entrypoints/devtools-panel; this page only registers it.
import { createDevtoolsPanel } from '@/lib/platform/devtools-panels';

createDevtoolsPanel();
