/** Runs a function in every frame of a tab that the permissions allow. */
import { browser } from 'wxt/browser';

/** One frame's answer, as scripting.executeScript returns it in either browser. */
export interface FrameResult {
  frameId?: number;
  result?: unknown;
  /** Firefox reports a frame it could not inject into here. */
  error?: unknown;
}

/** Why nothing ran: no scripting API, host access withheld, or the browser refused otherwise. */
export type ScriptFailure = {
  reason: 'api-missing' | 'no-host-permission' | 'script-failed';
  detail?: string;
};

/**
 * Runs `func(...args)` in every frame of tab `tabId`; `func` is serialised, so it may use only its
 * arguments. Never rejects: a failure comes back as `{ failed }`.
 */
export async function runInEveryFrame<Args extends unknown[]>(
  tabId: number,
  func: (...args: Args) => unknown,
  args: Args,
): Promise<{ frames: FrameResult[] } | { failed: ScriptFailure }> {
  if (!browser.scripting?.executeScript) return { failed: { reason: 'api-missing' } };
  try {
    const frames = (await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func,
      args,
    } as Parameters<typeof browser.scripting.executeScript>[0])) as FrameResult[];
    return { frames };
  } catch (error) {
    const detail = String(error);
    // Chrome: "Cannot access contents of the page" when host access is withheld (on click, policy).
    const reason = /permission|cannot access/i.test(detail)
      ? 'no-host-permission'
      : 'script-failed';
    return { failed: { reason, detail } };
  }
}
