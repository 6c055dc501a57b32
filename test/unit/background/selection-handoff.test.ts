/**
 * "Decode with Tokki" hands the selected text to the workbench in memory only: under a one-time
 * id, read once, forgotten after 30 s, and never written into the workbench's address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSelectionHandoff,
  handleMenuClick,
  HANDOFF_TTL_MS,
  type MenuActions,
} from '@/lib/background/selection-handoff';
import { MENU_IDS } from '@/lib/platform/context-menus';
import { workbenchHash, type NextTo, type WorkbenchRoute } from '@/lib/platform/workbench-tab';
import { tokens } from '@/test/fixtures/tokens';

describe('selection handoff store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('security: gives the text once, then the entry is gone', () => {
    const handoff = createSelectionHandoff();
    const id = handoff.put(tokens.hs256);
    expect(handoff.size).toBe(1);
    expect(handoff.take(id)).toBe(tokens.hs256);
    expect(handoff.size).toBe(0);
    expect(handoff.take(id)).toBeUndefined();
  });

  it('security: forgets a text nobody asked for after the TTL', () => {
    const handoff = createSelectionHandoff();
    const id = handoff.put('secret selection');
    vi.advanceTimersByTime(HANDOFF_TTL_MS - 1);
    expect(handoff.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(handoff.size).toBe(0);
    expect(handoff.take(id)).toBeUndefined();
  });

  it('a taken entry leaves no timer behind', () => {
    const handoff = createSelectionHandoff();
    handoff.take(handoff.put('x'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives each text its own unguessable id, and an unknown id nothing', () => {
    const handoff = createSelectionHandoff();
    const a = handoff.put('first');
    const b = handoff.put('second');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(handoff.take('not-an-id')).toBeUndefined();
    expect(handoff.take(b)).toBe('second');
    expect(handoff.take(a)).toBe('first');
  });
});

describe('menu clicks', () => {
  function actions() {
    const opened: { route: WorkbenchRoute; nextTo?: NextTo }[] = [];
    const handoff = createSelectionHandoff();
    const act: MenuActions = {
      handoff,
      open: async (route, nextTo) => void opened.push({ route, nextTo }),
    };
    return { opened, handoff, act };
  }
  const tab = { id: 4, index: 2, windowId: 9 };

  it('"Decode with Tokki" opens the Decoder next to the tab, with the text under a one-time id', async () => {
    const { opened, handoff, act } = actions();
    await handleMenuClick(
      { menuItemId: MENU_IDS.decodeSelection, selectionText: tokens.hs256 },
      tab,
      act,
    );
    expect(opened).toHaveLength(1);
    const [{ route, nextTo }] = opened as [(typeof opened)[number]];
    expect(route.section).toBe('decoder');
    expect(nextTo).toEqual({ index: 2, windowId: 9 });
    expect(handoff.take(route.handoff!)).toBe(tokens.hs256);
  });

  it('security: the address of the opened page never holds the selected text', async () => {
    const { opened, act } = actions();
    const selection = 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl';
    await handleMenuClick(
      { menuItemId: MENU_IDS.decodeSelection, selectionText: selection },
      tab,
      act,
    );
    const hash = workbenchHash(opened[0]!.route);
    expect(hash).toMatch(/^#decoder&handoff=[0-9a-f-]{36}$/);
    expect(hash).not.toContain('eyJ');
  });

  it('a blank selection opens an empty Decoder and keeps nothing', async () => {
    const { opened, handoff, act } = actions();
    await handleMenuClick({ menuItemId: MENU_IDS.decodeSelection, selectionText: ' \n' }, tab, act);
    expect(opened[0]!.route).toEqual({ section: 'decoder' });
    expect(handoff.size).toBe(0);
  });

  it('"Open Tokki workbench" opens it as it is', async () => {
    const { opened, handoff, act } = actions();
    await handleMenuClick({ menuItemId: MENU_IDS.openWorkbench }, undefined, act);
    expect(opened).toEqual([{ route: { section: 'decoder' }, nextTo: undefined }]);
    expect(handoff.size).toBe(0);
  });

  it('ignores menu items that are not Tokki’s', async () => {
    const { opened, act } = actions();
    await handleMenuClick({ menuItemId: 'someone-else', selectionText: 'x' }, tab, act);
    expect(opened).toHaveLength(0);
  });
});
