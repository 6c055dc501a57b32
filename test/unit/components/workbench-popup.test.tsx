// @vitest-environment happy-dom
/**
 * The popup's way to the workbench: beside "Open the inspector" on a site, and alone on a browser
 * page (where the workbench is what still works). A click opens workbench.html in a new tab.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/popup/popup-view';
import { useSettings } from '@/components/shared/use-settings';
import type { Report } from '@/lib/engine/model/report';
import { FIXTURE_NOW, restrictedReport, sessionReport } from '@/test/fixtures/engine-reports';

function show(report: Report) {
  return render(
    <PopupView
      report={report}
      now={FIXTURE_NOW}
      onRequestAccess={async () => true}
      onOpenInspector={() => {}}
    />,
  );
}

describe('popup: the workbench button', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(cleanup);

  it('sits in the inspector footer on a site', () => {
    show(sessionReport);
    const footer = screen.getByTestId('open-inspector');
    expect(footer.querySelector('[data-testid="open-workbench"]')?.textContent).toBe(
      'Open the workbench',
    );
  });

  it('is offered on a browser page, below the restricted message', () => {
    show(restrictedReport);
    expect(screen.getByTestId('state-restricted')).toBeTruthy();
    expect(screen.queryByTestId('open-inspector')).toBeNull();
    expect(screen.getByTestId('open-workbench')).toBeTruthy();
  });

  it('opens workbench.html on its Decoder in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    show(restrictedReport);
    await act(async () => fireEvent.click(screen.getByTestId('open-workbench')));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(
      /^chrome-extension:\/\/[^/]+\/workbench\.html#decoder$/,
    );
  });
});
