/**
 * The badge is derived from what the background holds (the capture log and the cookie cache): it
 * never scripts into the page. The platform is faked here, so a badge update that reached for the
 * scripting API, or queried cookies the cache already holds, fails these tests.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '@/lib/background/badge/badge-service';
import { CaptureStore } from '@/lib/background/capture-store';
import { registerCookieCache } from '@/lib/background/site-cookies';
import { scanTabStorage } from '@/lib/background/storage-scan';
import { tabUrlOps } from '@/lib/background/tab-url-ops';
import { paintBadge, uiLanguage } from '@/lib/platform/action-badge';
import { onCookieChanged, querySiteCookies, type RawCookie } from '@/lib/platform/cookies';
import { hasSiteAccess } from '@/lib/platform/permissions';
import { runInEveryFrame } from '@/lib/platform/scripting';
import { getTab } from '@/lib/platform/tabs';

vi.mock('@/lib/platform/scripting', () => ({ runInEveryFrame: vi.fn() }));
vi.mock('@/lib/platform/tabs', () => ({ getTab: vi.fn() }));
vi.mock('@/lib/platform/permissions', () => ({
  hasSiteAccess: vi.fn(),
  onSiteAccessChanged: vi.fn(),
}));
vi.mock('@/lib/platform/cookies', () => ({ querySiteCookies: vi.fn(), onCookieChanged: vi.fn() }));
vi.mock('@/lib/platform/action-badge', () => ({ paintBadge: vi.fn(), uiLanguage: vi.fn() }));

const URL = 'https://shop.example.com/account';
const TAB = 7;
const sessionCookie: RawCookie = {
  name: 'connect.sid',
  value: 's%3Aabcdefghijklmnopqrstuvwxyz012345.signature',
  domain: 'shop.example.com',
  path: '/',
  hostOnly: true,
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
};

async function storeOnSite(): Promise<CaptureStore> {
  const store = new CaptureStore();
  store.enqueue(tabUrlOps(TAB, URL, Date.now()));
  await store.flush();
  return store;
}

function paintedText(): string | undefined {
  return vi.mocked(paintBadge).mock.calls.at(-1)?.[1].text;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(getTab).mockResolvedValue({ url: URL, status: 'complete' });
  vi.mocked(hasSiteAccess).mockResolvedValue(true);
  vi.mocked(uiLanguage).mockReturnValue('en');
  vi.mocked(paintBadge).mockResolvedValue();
  vi.mocked(onCookieChanged).mockReturnValue(true);
  vi.mocked(querySiteCookies).mockResolvedValue({
    cookies: { sent: [sessionCookie], domain: [sessionCookie], partitioned: [] },
    unavailable: [],
    failed: false,
  });
  vi.mocked(runInEveryFrame).mockResolvedValue({ frames: [] });
});

describe('the badge service', () => {
  it('paints the verdict of the log and the cookies without scripting into the page', async () => {
    await updateBadge(await storeOnSite(), TAB);
    expect(paintedText()).toBe('S');
    expect(runInEveryFrame).not.toHaveBeenCalled();
  });

  it('asks for the cookies only when the cache has no current answer', async () => {
    registerCookieCache();
    const store = await storeOnSite();
    await updateBadge(store, TAB);
    await updateBadge(store, TAB);
    expect(querySiteCookies).toHaveBeenCalledTimes(1);
    expect(paintedText()).toBe('S');
  });

  it('paints "?" where host access is withheld, still without scripting', async () => {
    vi.mocked(hasSiteAccess).mockResolvedValue(false);
    await updateBadge(await storeOnSite(), TAB);
    expect(paintedText()).toBe('?');
    expect(runInEveryFrame).not.toHaveBeenCalled();
  });

  it('paints nothing for a closed tab', async () => {
    vi.mocked(getTab).mockRejectedValue(new Error('No tab with id: 7'));
    await updateBadge(await storeOnSite(), TAB);
    expect(paintBadge).not.toHaveBeenCalled();
  });

  it('(control) the popup’s storage scan does reach the faked scripting API', async () => {
    await scanTabStorage(TAB);
    expect(runInEveryFrame).toHaveBeenCalledTimes(1);
  });
});
