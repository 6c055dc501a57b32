/**
 * "Decode with Tokki": the text selected on a page goes to the workbench's Decoder without being
 * stored anywhere. The background keeps it in memory under a random one-time id, opens
 * `workbench.html#decoder&handoff=<id>`, and the workbench asks for it once by message; the entry
 * is deleted on that first read, or after HANDOFF_TTL_MS if no page ever asks. Neither
 * storage.local nor storage.session nor the URL (the browser's history) ever holds the text.
 *
 * An MV3 service worker may stop between two clicks, and the memory with it: that loses at most a
 * text nobody has asked for yet, and the workbench then says it is gone rather than guessing.
 */
import {
  installMenus,
  MENU_IDS,
  onMenuClicked,
  type MenuClick,
  type MenuRecord,
  type MenuTab,
} from '@/lib/platform/context-menus';
import { onMessage } from '@/lib/platform/messaging';
import { openWorkbenchTab, type NextTo, type WorkbenchRoute } from '@/lib/platform/workbench-tab';

/** Long enough for a tab to open and its page to ask, even on a busy machine. */
export const HANDOFF_TTL_MS = 30_000;

export interface SelectionHandoff {
  /** Keeps `text` under a new one-time id; forgotten after the TTL if nobody takes it. */
  put(text: string): string;
  /** The text kept under `id`, once: the entry is gone after this call. */
  take(id: string): string | undefined;
  /** How many texts wait to be taken. */
  readonly size: number;
}

interface HandoffOptions {
  ttlMs?: number;
  newId?: () => string;
}

/** A one-time store of texts in memory. */
export function createSelectionHandoff({
  ttlMs = HANDOFF_TTL_MS,
  newId = () => crypto.randomUUID(),
}: HandoffOptions = {}): SelectionHandoff {
  const entries = new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>();
  return {
    put(text) {
      const id = newId();
      const timer = setTimeout(() => entries.delete(id), ttlMs);
      entries.set(id, { text, timer });
      return id;
    },
    take(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      entries.delete(id);
      clearTimeout(entry.timer);
      return entry.text;
    },
    get size() {
      return entries.size;
    },
  };
}

/** What a menu click does, with the tab opening passed in (tests give a fake). */
export interface MenuActions {
  handoff: SelectionHandoff;
  open: (route: WorkbenchRoute, nextTo?: NextTo) => Promise<void>;
}

/**
 * Answers one click on a Tokki menu item: the selection goes to the Decoder, the toolbar item
 * opens the workbench as it is. Other ids are not Tokki's and are ignored.
 */
export async function handleMenuClick(
  click: MenuClick,
  tab: MenuTab | undefined,
  { handoff, open }: MenuActions,
): Promise<void> {
  const nextTo = tab && { index: tab.index, windowId: tab.windowId };
  if (click.menuItemId === MENU_IDS.decodeSelection) {
    const text = click.selectionText ?? '';
    if (text.trim() === '') return open({ section: 'decoder' }, nextTo);
    return open({ section: 'decoder', handoff: handoff.put(text) }, nextTo);
  }
  if (click.menuItemId === MENU_IDS.openWorkbench) return open({ section: 'decoder' }, nextTo);
}

/**
 * Native menus cannot be driven by automation, so end-to-end tests reach the same click handler
 * and the creation record here, in the background's own global scope (nothing else can reach it).
 */
interface MenuProbe {
  created: MenuRecord[];
  click: (click: MenuClick, tab?: MenuTab) => Promise<void>;
}

/** Creates the menu items, and answers their clicks and the workbench's request for a text. */
export function registerSelectionHandoff(): void {
  const actions: MenuActions = { handoff: createSelectionHandoff(), open: openWorkbenchTab };
  const probe: MenuProbe = {
    created: [],
    click: (click, tab) => handleMenuClick(click, tab, actions),
  };
  (globalThis as { tokkiMenus?: MenuProbe }).tokkiMenus = probe;
  void installMenus().then((records) => (probe.created = records));
  onMenuClicked((click, tab) => void probe.click(click, tab));
  onMessage('takeSelection', ({ data }) => actions.handoff.take(data.id) ?? null);
}
