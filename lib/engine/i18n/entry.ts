/** One sentence in both languages. Parameters are written `{name}`. */
export interface Entry {
  readonly ko: string;
  readonly en: string;
}

/**
 * What a message file or a catalogue satisfies. Files declare their entries with
 * `satisfies Catalogue`, so their keys stay literal and `MessageKey` can be derived from them.
 */
export type Catalogue = Readonly<Record<string, Entry>>;

/**
 * `messages` and each of its entries, frozen: a catalogue is built once at import and nothing
 * on the page can change a sentence afterwards.
 */
export function frozen<T extends Catalogue>(messages: T): T {
  for (const entry of Object.values(messages)) Object.freeze(entry);
  return Object.freeze(messages);
}
