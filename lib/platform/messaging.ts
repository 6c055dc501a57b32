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
  /** The text "Decode with Tokki" handed to the workbench, once; null when gone or unknown. */
  takeSelection(data: { id: string }): string | null;
  /** Each host's registrable domain by the Public Suffix List (a HAR import's sites). */
  registrableDomains(data: { hosts: string[] }): Record<string, string>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
