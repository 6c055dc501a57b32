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
