/** One sentence in both languages. Parameters are written `{name}`. */
export interface Entry {
  ko: string;
  en: string;
}

export type Catalogue = Record<string, Entry>;
