/** Registers Tokki's panel in DevTools. */
import { browser } from 'wxt/browser';

/** Adds the Tokki panel. The devtools API exists only when the calling page runs inside DevTools. */
export function createDevtoolsPanel(): void {
  const panels = (browser as { devtools?: typeof browser.devtools } | undefined)?.devtools?.panels;
  if (panels) void panels.create('Tokki', '/icon/32.png', '/devtools-panel.html');
}
