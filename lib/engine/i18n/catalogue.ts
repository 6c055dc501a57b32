import { frozen, type Catalogue, type Entry } from './entry';
import { panelCatalogue, type PanelKey } from './panel-catalogue';
import { sharedCatalogue, type SharedKey } from './shared-catalogue';

/**
 * The key of a sentence in the catalogue. `Msg.key` has this type, so a misspelled key, or one
 * whose sentence was removed, does not compile.
 */
export type MessageKey = SharedKey | PanelKey;

/**
 * What follows `Prefix` in the catalogue's keys: `KeySuffix<'capture.badge.'>` is `'title' |
 * 'session' | …`. Code that builds a key from a prefix and a name types the name with it, so
 * the built key is a `MessageKey` too.
 */
export type KeySuffix<Prefix extends string> = MessageKey extends infer K
  ? K extends `${Prefix}${infer Suffix}`
    ? Suffix
    : never
  : never;

/**
 * Every sentence Tokki can show, merged once and frozen. Each area keeps its own file in
 * ./messages (so areas can grow independently); a unit test fails when any entry lacks a
 * language. The popup never imports this whole list: it translates with `sharedCatalogue` alone,
 * the inspector with this one, so the popup stays small. It is also a `Catalogue`, so a key
 * held only as a string (a recorded report, a test's table) can be looked up and found missing.
 */
export const catalogue: Readonly<Record<MessageKey, Entry>> & Catalogue = frozen({
  ...sharedCatalogue,
  ...panelCatalogue,
});
