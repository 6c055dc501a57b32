import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultLangFor } from '@/lib/engine/i18n/display-lang';
import { initSettings, setLang, useSettings } from '@/components/shared/use-settings';

async function settle() {
  await vi.waitFor(() => expect(useSettings.getState().loaded).toBe(true));
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useSettings.setState(useSettings.getInitialState(), true);
  });

  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['KO', 'ko'],
    ['en-US', 'en'],
    ['ja', 'en'],
    ['', 'en'],
  ])('defaults to %s UI language as %s', (ui, expected) => {
    expect(defaultLangFor(ui)).toBe(expected);
  });

  it('starts in Korean in a Korean browser when nothing was saved', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ko-KR');
    const stop = initSettings();
    await settle();
    expect(useSettings.getState().lang).toBe('ko');
    stop();
  });

  it('starts in English when the browser cannot tell its language', async () => {
    const stop = initSettings();
    await settle();
    expect(useSettings.getState().lang).toBe('en');
    stop();
  });

  it('remembers the choice in storage.local and uses it next time', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ko');
    await setLang('both');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { lang: 'both' } });

    useSettings.setState(useSettings.getInitialState(), true);
    const stop = initSettings();
    await settle();
    expect(useSettings.getState().lang).toBe('both');
    stop();
  });

  it('starts in settings read beforehand, without waiting and without a wrong first language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const stop = initSettings({ lang: 'ko' });
    // Synchronously: the popup's first render already speaks the saved language.
    expect(useSettings.getState()).toMatchObject({ lang: 'ko', loaded: true });
    stop();
  });

  it('falls back to the browser language when the settings read beforehand hold none', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ko');
    const stop = initSettings({});
    expect(useSettings.getState()).toMatchObject({ lang: 'ko', loaded: true });
    stop();
  });

  it('ignores a corrupt saved language and falls back to the browser language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ko');
    await fakeBrowser.storage.local.set({ settings: { lang: 'fr' } });
    const stop = initSettings();
    await settle();
    expect(useSettings.getState().lang).toBe('ko');
    stop();
  });

  it('follows a change saved by another page (popup ↔ panel)', async () => {
    const stop = initSettings();
    await settle();
    await fakeBrowser.storage.local.set({ settings: { lang: 'ko' } });
    await vi.waitFor(() => expect(useSettings.getState().lang).toBe('ko'));
    stop();
  });

  it('privacy: writes settings to storage.local only, never storage.session or sync', async () => {
    await setLang('ko');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
