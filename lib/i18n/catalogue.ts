import type { Catalogue } from './entry';
import { analysisMessages } from './messages/analysis';
import { captureMessages } from './messages/capture';
import { claimsMessages } from './messages/claims';
import { decodeMessages } from './messages/decode';
import { findingsMessages } from './messages/findings';
import { learnMessages } from './messages/learn';
import { panelMessages } from './messages/panel';
import { timeMessages } from './messages/time';
import { uiMessages } from './messages/ui';
import { verdictMessages } from './messages/verdict';

/**
 * Every sentence Tokki can show. Each area keeps its own file in ./messages (so areas can grow
 * independently); a unit test fails when any entry lacks a language.
 */
export const catalogue: Catalogue = {
  ...analysisMessages,
  ...captureMessages,
  ...claimsMessages,
  ...decodeMessages,
  ...findingsMessages,
  ...learnMessages,
  ...panelMessages,
  ...timeMessages,
  ...uiMessages,
  ...verdictMessages,
};
