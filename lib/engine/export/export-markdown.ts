import { catalogue, type MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { buildSequences } from '../flow/build-sequences';
import type { Lang, Msg, Report } from '../model/report';
import { maskDeep, secretsOf } from './mask';
import type { ExportOptions } from './export-json';
import {
  cookiesSection,
  findingsSection,
  flowSection,
  overviewSection,
  requestsSection,
  tokensSection,
  type MarkdownContext,
} from './markdown-sections';
import { cell, iso } from './markdown-text';

export interface MarkdownOptions extends ExportOptions {
  lang: Lang | 'both';
  /** The moment the timeline is told from (expired vs expires). */
  now: number;
  /** Requests listed at most; the rest are counted. */
  maxRequests?: number;
}

/**
 * Writes what the panel shows as a Markdown report (verdict, findings, cookies, tokens,
 * requests, timeline), masked unless the user unmasked. All page data is escaped as text.
 *
 * @example reportToMarkdown(report, { unmasked: false, lang: 'ko', now: Date.now() })
 */
export function reportToMarkdown(report: Report, options: MarkdownOptions): string {
  const mask = <T>(value: T) =>
    (options.unmasked ? value : maskDeep(value, secretsOf(report))) as T;
  const r = mask(report);
  // Told from the real values, so each credential keeps its own fingerprint, then masked.
  const sequences = mask(buildSequences(report, options.now));
  const langs: Lang[] = options.lang === 'both' ? ['ko', 'en'] : [options.lang];
  const t = (msg: Msg) => langs.map((l) => translate(msg, l, catalogue)).join(' / ');
  const k = (key: MessageKey, params?: Msg['params']) => t({ key, params });
  const ctx: MarkdownContext = { r, t, k };
  return [
    `# ${k('panel.export.md.title', { origin: cell(r.site.origin) })}`,
    '',
    `- ${k('panel.export.md.url')}: ${cell(r.site.url)}`,
    `- ${k('panel.export.md.generated')}: ${iso(r.generatedAt)}`,
    `- ${k(options.unmasked ? 'panel.export.md.unmasked' : 'panel.export.md.masked')}`,
    '',
    ...overviewSection(ctx),
    ...findingsSection(ctx),
    ...cookiesSection(ctx),
    ...tokensSection(ctx),
    ...requestsSection(ctx, options.maxRequests ?? 200),
    ...flowSection(ctx, sequences),
  ].join('\n');
}
