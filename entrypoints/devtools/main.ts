// The panel's UI lives in entrypoints/devtools-panel; this page only registers it.
void browser.devtools.panels.create('Tokki', '/icon/32.png', '/devtools-panel.html');
