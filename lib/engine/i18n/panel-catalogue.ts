import type { Catalogue } from './entry';
import { analysisMessages } from './messages/analysis';
import { claimsMessages } from './messages/claims';
import { decodeMessages } from './messages/decode';
import { learnMessages } from './messages/learn';
import { panelMessages } from './messages/panel';
import { stacksMessages } from './messages/stacks';

/**
 * The sentences only the inspector shows (claims, decoding errors, classification reasons, Learn,
 * the panel's own chrome), kept out of the popup's bundle. See `./panel-messages` for how the
 * panel makes them available to `translate`.
 */
export const panelCatalogue: Catalogue = {
  ...analysisMessages,
  ...claimsMessages,
  ...decodeMessages,
  ...learnMessages,
  ...panelMessages,
  ...stacksMessages,
};
