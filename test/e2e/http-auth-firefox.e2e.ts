/**
 * HTTP Basic authentication in real Firefox ESR: Firefox shows extensions the Authorization
 * header it sends, so the popup names the user, where Chrome can show only the challenge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpAuthSite, type HttpAuthSite } from './http-auth-site.mjs';
import {
  buildFirefoxAddon,
  launchFirefoxWithAddon,
  type FirefoxWithAddon,
} from './firefox/harness';
import { waitForPopup } from './firefox/popup-reader';

let site: HttpAuthSite;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  site = await startHttpAuthSite();
  ff = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await ff.setStoredLang('en');
}, 150_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('HTTP Basic authentication (Firefox)', () => {
  it('an open page whose script signs in to its API: http-auth, the user named', async () => {
    const url = `${site.url('api.localhost')}public`;
    const page = await ff.visitDemo(url, false);
    await page.waitForFunction(() => document.documentElement.dataset.httpAuth === 'done');
    const popup = await ff.openExtensionPage('popup.html', await ff.tabIdOf(url));
    const view = await waitForPopup(ff, popup, (v) => v.verdict === 'http-auth');
    expect(view.verdict).toBe('http-auth');
    const text = await ff.evaluate<string>(popup, 'document.body.innerText');
    expect(text).toContain(`the user "${site.user}"`);
    expect(text).not.toContain(site.password);
  });
});
