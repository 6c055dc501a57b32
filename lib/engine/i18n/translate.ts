import type { Lang, Msg } from '../model/report';
import type { MessageKey } from './catalogue';
import type { Catalogue } from './entry';
import { sharedCatalogue, type SharedKey } from './shared-catalogue';

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
 * `messages` is the surface's catalogue: the shared sentences by default, which is all the popup
 * and the badge show; the inspector passes the whole `catalogue`. Passing it keeps the inspector's
 * sentences out of the popup's bundle without any module-level state. Without `messages` only a
 * shared key compiles, so an inspector sentence cannot be translated into its raw key by mistake.
 *
 * @example translate({ key: 'ui.appName' }, 'ko') // '토끼'
 * @example translate({ key: 'claim.exp' }, 'en', catalogue) // 'Expiration time: …'
 * @example translate({ key: 'capture.stats.seen-partly', params: { count: 2 } }, 'en')
 *   // '{count} {count|request|requests} seen only in part…': '2 requests seen only in part…'
 */
export function translate(msg: Msg<SharedKey>, lang: Lang): string;
export function translate<K extends string = MessageKey>(
  msg: Msg<NoInfer<K>>,
  lang: Lang,
  messages: Catalogue,
): string;
export function translate(
  msg: Msg<string>,
  lang: Lang,
  messages: Catalogue = sharedCatalogue,
): string {
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
