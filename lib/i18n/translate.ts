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

/**
 * Renders a message in one language, filling `{param}` placeholders.
 * An unknown key renders as the key itself, so a gap is visible instead of blank.
 *
 * @example translate({ key: 'ui.appName' }, 'ko') // '토끼'
 */
export function translate(msg: Msg, lang: Lang, messages: Catalogue = known): string {
  const entry = Object.hasOwn(messages, msg.key) ? messages[msg.key] : undefined;
  const template = entry ? entry[lang] : msg.key;
  if (!msg.params) return template;
  const params = msg.params;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
