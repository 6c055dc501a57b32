/**
 * The one typed contract between the background and the extension pages.
 * The popup and the panel always name the tab they inspect; the background gathers for them,
 * because DevTools pages lack most extension APIs.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Snapshot } from '../engine/model/snapshot';

export interface ProtocolMap {
  /** Cookies, the captured log and a fresh storage scan of one tab. */
  getSnapshot(data: { tabId: number }): Snapshot;
  /** Forget what was captured for one tab. */
  clearCapture(data: { tabId: number }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Name of the port over which the background pushes "something changed" for one tab. */
export function livePortName(tabId: number): string {
  return `tokki-live:${tabId}`;
}

/** Parses a live port name back into its tab id, or undefined for any other port. */
export function tabIdOfLivePort(name: string): number | undefined {
  const match = /^tokki-live:(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** What the background pushes over a live port. */
export interface LiveEvent {
  /** `reconnected` comes from the client itself after the background restarted: refetch. */
  type: 'cookies-changed' | 'capture-added' | 'navigated' | 'cleared' | 'reconnected';
  tabId: number;
}
