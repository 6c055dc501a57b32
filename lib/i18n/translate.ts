import type { Lang, Msg } from '../model/report';
import { catalogue } from './catalogue';
import type { Catalogue } from './entry';

/**
 * Renders a message in one language, filling `{param}` placeholders.
 * An unknown key renders as the key itself, so a gap is visible instead of blank.
 *
 * @example translate({ key: 'ui.appName' }, 'ko') // '토끼'
 */
export function translate(msg: Msg, lang: Lang, messages: Catalogue = catalogue): string {
  const entry = Object.hasOwn(messages, msg.key) ? messages[msg.key] : undefined;
  const template = entry ? entry[lang] : msg.key;
  if (!msg.params) return template;
  const params = msg.params;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
