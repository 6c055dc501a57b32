import type { Catalogue } from './entry';
import { captureMessages } from './messages/capture';
import { findingsMessages } from './messages/findings';
import { timeMessages } from './messages/time';
import { uiMessages } from './messages/ui';
import { verdictMessages } from './messages/verdict';

/**
 * The sentences every surface can show: the popup's whole vocabulary (verdict, evidence,
 * findings, tokens, what could not be read) and the toolbar badge's. The popup ships only these;
 * a unit test renders the popup over every fixture and fails on a key missing here.
 */
export const sharedCatalogue: Catalogue = {
  ...captureMessages,
  ...findingsMessages,
  ...timeMessages,
  ...uiMessages,
  ...verdictMessages,
};
