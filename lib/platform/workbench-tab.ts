/**
 * The workbench page's address and the way to open it. Its sections are named in the hash
 * (`workbench.html#decoder`), and a text handed over by the context menu by a one-time id
 * (`#decoder&handoff=<id>`): never the text itself, which would land in the browser's history.
 */
import { browser } from 'wxt/browser';

export const WORKBENCH_SECTIONS = ['decoder', 'har', 'learn'] as const;
export type WorkbenchSection = (typeof WORKBENCH_SECTIONS)[number];

export interface WorkbenchRoute {
  section: WorkbenchSection;
  /** The one-time id under which the background keeps a selected text. */
  handoff?: string;
}

/** The hash of a route: `#decoder`, `#decoder&handoff=<id>`. */
export function workbenchHash({ section, handoff }: WorkbenchRoute): string {
  return handoff === undefined
    ? `#${section}`
    : `#${section}&handoff=${encodeURIComponent(handoff)}`;
}

function isSection(value: string): value is WorkbenchSection {
  return (WORKBENCH_SECTIONS as readonly string[]).includes(value);
}

/**
 * The route a hash names; an unknown or missing section is the Decoder.
 * @example parseWorkbenchHash('#learn') // { section: 'learn' }
 */
export function parseWorkbenchHash(hash: string): WorkbenchRoute {
  const [section = '', ...rest] = hash.replace(/^#/, '').split('&');
  const handoff = new URLSearchParams(rest.join('&')).get('handoff') || undefined;
  return {
    section: isSection(section) ? section : 'decoder',
    ...(handoff === undefined ? {} : { handoff }),
  };
}

/** Where to open the tab: next to the tab the user was on, in its window. */
export interface NextTo {
  index?: number;
  windowId?: number;
}

/**
 * Opens the workbench in a new tab, next to `nextTo` when given. A window that cannot hold an
 * extension page (a private window the extension is not allowed in) gets it in a normal window.
 */
export async function openWorkbenchTab(route: WorkbenchRoute, nextTo?: NextTo): Promise<void> {
  const url = browser.runtime.getURL(`/workbench.html${workbenchHash(route)}`);
  if (nextTo?.windowId !== undefined) {
    try {
      await browser.tabs.create({
        url,
        windowId: nextTo.windowId,
        ...(nextTo.index === undefined ? {} : { index: nextTo.index + 1 }),
      });
      return;
    } catch {
      // Falls through to the current normal window.
    }
  }
  await browser.tabs.create({ url });
}
