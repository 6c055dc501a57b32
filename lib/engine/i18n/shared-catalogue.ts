import { frozen, type Catalogue } from './entry';
import { captureMessages } from './messages/capture';
import { findingsMessages } from './messages/findings';
import { sidePanelMessages } from './messages/side-panel';
import { timeMessages } from './messages/time';
import { uiMessages } from './messages/ui';
import { verdictMessages } from './messages/verdict';

/**
 * The sentences every surface can show: the popup's whole vocabulary (verdict, evidence,
 * findings, tokens, what could not be read) and the toolbar badge's. The popup ships only these;
 * a unit test renders the popup over every fixture and fails on a key missing here.
 */
const shared = frozen({
  ...captureMessages,
  ...findingsMessages,
  ...sidePanelMessages,
  ...timeMessages,
  ...uiMessages,
  ...verdictMessages,
});

/** A key of a sentence every surface can show. */
export type SharedKey = keyof typeof shared;

/** The shared sentences, by their literal keys and, for `translate`, by any string. */
export const sharedCatalogue: typeof shared & Catalogue = shared;
