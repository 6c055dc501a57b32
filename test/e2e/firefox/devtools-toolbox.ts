/**
 * Firefox's real DevTools, driven the way a user drives them: the toolbox opened on the tab in
 * front (F12) and an extension's panel tab clicked. Done from the browser's parent process over
 * the remote debugging protocol (`getProcess(0)`, which needs `devtools.chrome.enabled`), with the
 * toolbox's own calls; the panel page itself is then an add-on page like any other.
 */
import type { AddonFrame } from './addon-inspector';
import type { RdpClient } from './rdp-client';

/** The browser's parent process (browser.xhtml), as a page code can be evaluated in. */
export async function parentProcess(client: RdpClient): Promise<AddonFrame> {
  const { processDescriptor } = (await client.request('root', 'getProcess', { id: 0 })) as {
    processDescriptor?: { actor: string };
  };
  if (!processDescriptor) throw new Error('Firefox gave no parent process to debug');
  const { process } = (await client.request(processDescriptor.actor, 'getTarget')) as {
    process?: { actor: string; consoleActor?: string; url: string };
  };
  if (!process?.consoleActor) throw new Error('The parent process has no console to evaluate in');
  return { url: process.url, actor: process.actor, consoleActor: process.consoleActor };
}

/**
 * Source text for the parent process: opens the toolbox on the selected tab of the front window
 * and selects the extension panel titled `title`; resolves to its tool id, or null when the
 * extension's devtools page never added it.
 */
export function showExtensionPanelScript(title: string, timeout: number): string {
  return `(async () => {
    const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');
    const tab = Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab;
    const toolbox = await gDevTools.showToolboxForTab(tab);
    // The extension's devtools page adds its panel a moment after the toolbox opens.
    for (const deadline = Date.now() + ${timeout}; Date.now() < deadline; ) {
      const tool = toolbox.getAdditionalTools().find((t) => t.label === ${JSON.stringify(title)});
      if (tool) {
        await toolbox.selectTool(tool.id);
        return tool.id;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  })()`;
}
