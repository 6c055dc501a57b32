// The panel's UI lives in entrypoints/devtools-panel; this page only registers it. Guarded: the
// devtools API exists only when this page runs inside DevTools.
if (typeof browser !== 'undefined' && browser.devtools?.panels) {
  void browser.devtools.panels.create('Tokki', '/icon/32.png', '/devtools-panel.html');
}
