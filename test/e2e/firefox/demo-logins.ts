/** The three demo pages the rendering checks look at, each opened once in its own tab. */
import type { DemoServer } from '../../../demo/site.mjs';
import type { FirefoxWithAddon } from './harness';

export type DemoLogin = 'bearer' | 'session' | 'plain';

/**
 * Opens the bearer and session logins (waiting for each to log in) and the page without a
 * login, and returns their tab ids.
 */
export async function openDemoLogins(
  ff: FirefoxWithAddon,
  demo: DemoServer,
): Promise<Map<DemoLogin, number>> {
  const tabs = new Map<DemoLogin, number>();
  for (const [name, url, login] of [
    ['bearer', demo.urls.bearer.auto, true],
    ['session', demo.urls.session.auto, true],
    ['plain', demo.urls.plain.home, false],
  ] as const) {
    await ff.visitDemo(url, login);
    tabs.set(name, await ff.tabIdOf(url));
  }
  return tabs;
}
