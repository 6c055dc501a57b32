/** Paints a tab's toolbar badge. */
import { browser } from 'wxt/browser';

/** What a badge shows: short text, a CSS hex background colour, a tooltip. */
export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

type ActionApi = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
};

function actionApi(): ActionApi | undefined {
  // MV3 has browser.action; Firefox MV2 builds only browserAction.
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction;
}

/** Sets text, colour and tooltip of one tab's badge; a closed tab is not an error. */
export async function paintBadge(tabId: number, badge: BadgeLook): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined);
}

/** The language of the browser UI, for the badge tooltip. */
export function uiLanguage(): 'ko' | 'en' {
  const lang = browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en';
  return lang.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
