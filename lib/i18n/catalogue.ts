import type { Catalogue } from './entry';
import { uiMessages } from './messages/ui';

/**
 * Every sentence Tokki can show. Each area of the product keeps its own file in ./messages;
 * a unit test fails when any entry lacks a language.
 */
export const catalogue: Catalogue = {
  ...uiMessages,
};
