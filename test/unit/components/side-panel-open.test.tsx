// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenSidePanel } from '@/components/popup/open-side-panel';
import { useSettings } from '@/components/shared/use-settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sidePanelOpener, type SidePanelOpener } from '@/lib/platform/side-panel';

describe('the popup’s "Keep open in side panel" button', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('is not shown where the browser has no side panel API', () => {
    render(<OpenSidePanel tabId={3} opener={null} />);
    expect(screen.queryByTestId('open-side-panel')).toBeNull();
  });

  it('by default asks the browser: Chrome’s sidePanel, else Firefox’s sidebarAction, else none', () => {
    const apis = fakeBrowser as unknown as Record<string, unknown>;
    const { sidePanel, sidebarAction } = apis;
    try {
      apis.sidePanel = { open: async () => {} };
      apis.sidebarAction = undefined;
      expect(sidePanelOpener()?.kind).toBe('side-panel');
      render(<OpenSidePanel tabId={3} />);
      expect(screen.getByTestId('open-side-panel').getAttribute('data-kind')).toBe('side-panel');
      apis.sidePanel = {};
      apis.sidebarAction = { open: async () => {} };
      expect(sidePanelOpener()?.kind).toBe('sidebar');
      apis.sidebarAction = undefined;
      expect(sidePanelOpener()).toBeUndefined();
    } finally {
      apis.sidePanel = sidePanel;
      apis.sidebarAction = sidebarAction;
    }
  });

  it('opens the panel for the popup’s tab within the click itself, then closes the popup', async () => {
    const calls: string[] = [];
    const opener: SidePanelOpener = {
      kind: 'side-panel',
      open: vi.fn(async (tabId: number) => void calls.push(`open ${tabId}`)),
    };
    const onOpened = vi.fn(() => calls.push('closed'));
    render(<OpenSidePanel tabId={3} opener={opener} onOpened={onOpened} />);
    const button = screen.getByTestId('open-side-panel');
    expect(button.textContent).toBe('Keep open in side panel');
    fireEvent.click(button);
    // Synchronously, before anything is awaited: the browser honours only the click's own gesture.
    expect(opener.open).toHaveBeenCalledWith(3);
    await act(async () => {});
    expect(calls).toEqual(['open 3', 'closed']);
  });

  it('in Firefox names the sidebar, and says why when it could not open', async () => {
    const opener: SidePanelOpener = {
      kind: 'sidebar',
      open: vi.fn(async () => {
        throw new Error('sidebarAction.open may only be called from a user input handler');
      }),
    };
    const onOpened = vi.fn();
    render(<OpenSidePanel tabId={3} opener={opener} onOpened={onOpened} />);
    expect(screen.getByTestId('open-side-panel').textContent).toBe('Keep open in the sidebar');
    await act(async () => fireEvent.click(screen.getByTestId('open-side-panel')));
    expect((await screen.findByTestId('open-side-panel-failed')).textContent).toBe(
      'Could not open the sidebar: sidebarAction.open may only be called from a user input handler',
    );
    expect(onOpened).not.toHaveBeenCalled();
  });
});
