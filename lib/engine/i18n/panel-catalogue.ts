import { frozen, type Catalogue } from './entry';
import { analysisMessages } from './messages/analysis';
import { claimsMessages } from './messages/claims';
import { decodeMessages } from './messages/decode';
import { flowMessages } from './messages/flow';
import { harMessages } from './messages/har';
import { learnMessages } from './messages/learn';
import { panelMessages } from './messages/panel';
import { stacksMessages } from './messages/stacks';
import { workbenchMessages } from './messages/workbench';
import { verifyMessages } from '../verify/messages';

/**
 * The sentences only the inspector shows (claims, decoding errors, classification reasons, Learn,
 * signature verification, the panel's own chrome), kept out of the popup's bundle: only the inspector imports this file
 * (through ./catalogue).
 */
const panel = frozen({
  ...analysisMessages,
  ...claimsMessages,
  ...decodeMessages,
  ...flowMessages,
  ...harMessages,
  ...learnMessages,
  ...panelMessages,
  ...stacksMessages,
  ...verifyMessages,
  ...workbenchMessages,
});

/** A key of a sentence only the inspector shows. */
export type PanelKey = keyof typeof panel;

/** The inspector's sentences, by their literal keys and, for `translate`, by any string. */
export const panelCatalogue: typeof panel & Catalogue = panel;
