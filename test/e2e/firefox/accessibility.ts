/**
 * Firefox's own view of a page for screen readers and the keyboard, read in the browser's parent
 * process (source text for `ff.evaluateInParent`): the accessibility tree Firefox keeps of every
 * tab, add-on pages included, and Tab presses sent the way a keyboard sends them (through
 * nsITextInputProcessor to the focused tab), so focus moves by Firefox's own rules.
 */

/** Roles (nsIAccessibilityService.getStringRole) a screen reader announces by name. */
const NAMED_ROLES = [
  'pushbutton',
  'toggle button',
  'buttonmenu',
  'link',
  'entry',
  'password text',
  'combobox',
  'checkbutton',
  'radiobutton',
  'switch',
  'pagetab',
  'menuitem',
  'slider',
  'spinbutton',
  'listbox',
  'option',
  'combobox option',
  'outlineitem',
  'graphic',
  'dialog',
  'propertypage',
];

/** One node of the tree: its role, tag and name as Firefox computes them. */
export interface AccessibleNode {
  role: string;
  tag: string;
  name: string;
  selected: boolean;
}

/** Finds the tab showing `url` in the front window; shared by the scripts below. */
const tabAt = (url: string) => `
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const tab = [...win.gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
  if (!tab) throw new Error('No tab shows ' + ${JSON.stringify(url)});`;

/** A tree read by {@link accessibleTreeScript}, and whether it reached the state waited for. */
export interface AccessibleTree {
  ready: boolean;
  nodes: AccessibleNode[];
}

/**
 * Source text: the accessibility tree of the page at `url` as a flat list, once `ready` (a
 * function's source, given the list) accepts it; the tree follows the page a moment behind it.
 * Resolves to an {@link AccessibleTree}, after `timeout` ms with `ready: false` at the latest.
 */
export function accessibleTreeScript(url: string, ready: string, timeout = 10_000): string {
  return `(async () => {
    ${tabAt(url)}
    const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const read = () => {
      const nodes = [];
      const walk = (a) => {
        let tag = '';
        try { tag = a.attributes.getStringProperty('tag'); } catch {}
        const state = {};
        a.getState(state, {});
        nodes.push({
          role: service.getStringRole(a.role),
          tag,
          name: a.name ?? '',
          selected: (state.value & Ci.nsIAccessibleStates.STATE_SELECTED) !== 0,
        });
        for (let child = a.firstChild; child; child = child.nextSibling) walk(child);
      };
      const doc = service.getAccessibleFor(tab.linkedBrowser)?.firstChild;
      if (doc) walk(doc);
      return nodes;
    };
    const accept = ${ready};
    let nodes = read();
    for (const deadline = Date.now() + ${timeout}; !accept(nodes) && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      nodes = read();
    }
    return { ready: accept(nodes), nodes };
  })()`;
}

/** The nodes of `tree` a screen reader would announce by role alone. */
export function unnamedOf(tree: AccessibleNode[]): string[] {
  return tree
    .filter((n) => NAMED_ROLES.includes(n.role) && n.name.trim() === '')
    .map((n) => `${n.role}: <${n.tag}>`);
}

/**
 * Source text: brings the tab showing `url` to the front and gives it focus (when `focus`), then
 * presses and releases Tab once. Resolves to whether the tab's page has focus afterwards (Tab
 * also leaves the page for the browser's own controls).
 */
export function pressTabScript(url: string, focus: boolean): string {
  return `(async () => {
    ${tabAt(url)}
    if (${focus}) {
      win.gBrowser.selectedTab = tab;
      tab.linkedBrowser.focus();
    }
    const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!input.beginInputTransactionForTests(win)) throw new Error('No keyboard input transaction');
    const key = new win.KeyboardEvent('', { key: 'Tab', code: 'Tab', keyCode: win.KeyboardEvent.DOM_VK_TAB });
    input.keydown(key);
    input.keyup(key);
    return Services.focus.focusedElement === tab.linkedBrowser;
  })()`;
}
