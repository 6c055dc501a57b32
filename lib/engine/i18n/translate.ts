import type { Lang, Msg } from '../model/report';
import type { Catalogue } from './entry';
import { sharedCatalogue } from './shared-catalogue';

// The messages `translate` knows by default. A surface that shows more than the shared set adds
// its own once, at load (the panel imports ./panel-messages), so the popup never ships them.
let known: Catalogue = sharedCatalogue;

/**
 * Makes more messages available to `translate` for the rest of this page's life. Later entries
 * win over earlier ones with the same key.
 *
 * @example addMessages(panelCatalogue)
 */
export function addMessages(messages: Catalogue): void {
  known = { ...known, ...messages };
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of a word for `count` in `lang`: `one` for a single thing, `other` for the rest. */
function pluralForm(count: number, lang: Lang, one: string, other: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one' ? one : other;
}

/**
 * Renders a message in one language, filling `{param}` placeholders. `{param|one|other}` is the
 * word for the number in `param`, so English says "1 request" and "2 requests" rather than
 * "request(s)"; Korean needs no such form. An unknown key renders as the key itself, so a gap is
 * visible instead of blank.
 *
 * @example translate({ key: 'ui.appName' }, 'ko') // '토끼'
 * @example translate({ key: 'sent', params: { n: 2 } }, 'en') // '{n} {n|request|requests}': '2 requests'
 */
export function translate(msg: Msg, lang: Lang, messages: Catalogue = known): string {
  const entry = Object.hasOwn(messages, msg.key) ? messages[msg.key] : undefined;
  const template = entry ? entry[lang] : msg.key;
  if (!msg.params) return template;
  const params = msg.params;
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      const count = Number(value);
      return Number.isFinite(count) ? pluralForm(count, lang, one, other) : other;
    },
  );
}
