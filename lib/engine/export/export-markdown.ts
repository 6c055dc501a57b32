import { catalogue, type MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import type { Lang, Msg, Report } from '../model/report';
import { verdictTitle } from '../display/verdict-title';
import { buildTimeline } from '../flow/build-timeline';
import { maskDeep, secretsOf } from './mask';
import type { ExportOptions } from './export-json';

export interface MarkdownOptions extends ExportOptions {
  lang: Lang | 'both';
  /** The moment the timeline is told from (expired vs expires). */
  now: number;
  /** Requests listed at most; the rest are counted. */
  maxRequests?: number;
}

/** Page data inside a table cell: no pipes, newlines or markup that would break the table. */
function cell(text: unknown): string {
  const s = typeof text === 'string' ? text : (JSON.stringify(text) ?? String(text));
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([`*_<>[\]])/g, '\\$1');
}

/** A value as an inline code span: shown literally, with only the table's pipe escaped. */
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return flat === '' ? '—' : `${ticks} ${flat} ${ticks}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
function fenced(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

function iso(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  try {
    return new Date(ms).toISOString();
  } catch {
    return '—';
  }
}

/**
 * Writes what the panel shows as a Markdown report (verdict, findings, cookies, tokens,
 * requests, timeline), masked unless the user unmasked. All page data is escaped as text.
 *
 * @example reportToMarkdown(report, { unmasked: false, lang: 'ko', now: Date.now() })
 */
export function reportToMarkdown(report: Report, options: MarkdownOptions): string {
  const r = (options.unmasked ? report : maskDeep(report, secretsOf(report))) as Report;
  const langs: Lang[] = options.lang === 'both' ? ['ko', 'en'] : [options.lang];
  const t = (msg: Msg) => langs.map((l) => translate(msg, l, catalogue)).join(' / ');
  const k = (key: MessageKey, params?: Msg['params']) => t({ key, params });
  const yes = (b: boolean) => (b ? '✔' : '—');
  const out: string[] = [];

  out.push(`# ${k('panel.export.md.title', { origin: cell(r.site.origin) })}`);
  out.push('');
  out.push(`- ${k('panel.export.md.url')}: ${cell(r.site.url)}`);
  out.push(`- ${k('panel.export.md.generated')}: ${iso(r.generatedAt)}`);
  out.push(`- ${k(options.unmasked ? 'panel.export.md.unmasked' : 'panel.export.md.masked')}`);
  out.push('');

  out.push(`## ${k('panel.tab.overview')}`);
  out.push('');
  out.push(
    `**${t(verdictTitle(r.verdict))}** (${Math.round(r.verdict.confidence * 100)}%) — ${cell(t(r.verdict.summary))}`,
  );
  out.push('');
  for (const e of r.verdict.evidence) out.push(`- ${cell(t(e.message))}`);
  out.push('');

  out.push(`## ${k('panel.findings.title')} (${r.findings.length})`);
  out.push('');
  if (r.findings.length > 0) {
    out.push(`| ${k('panel.col.severity')} | id | ${k('panel.col.message')} |`);
    out.push('|---|---|---|');
    for (const f of r.findings)
      out.push(`| ${k(`ui.severity.${f.severity}`)} | ${cell(f.id)} | ${cell(t(f.message))} |`);
    out.push('');
  }

  out.push(`## ${k('panel.tab.cookies')} (${r.cookies.length})`);
  out.push('');
  if (r.cookies.length > 0) {
    out.push(
      `| ${k('panel.col.name')} | ${k('panel.col.value')} | ${k('panel.col.domain')} | ${k('panel.col.path')} | ${k('panel.col.expires')} | HttpOnly | Secure | SameSite | ${k('panel.col.credential')} |`,
    );
    out.push('|---|---|---|---|---|---|---|---|---|');
    for (const c of r.cookies) {
      const expires =
        c.expiry.state === 'session' ? k('panel.cookie.session') : iso(c.expiry.expiresAt);
      const credential = c.credential.is ? k(`ui.kind.${c.credential.kind ?? 'unknown'}`) : '—';
      out.push(
        `| ${cell(c.name)} | ${code(c.value)} | ${cell(c.domain)} | ${cell(c.path)} | ${expires} | ${yes(c.httpOnly)} | ${yes(c.secure)} | ${c.sameSite} | ${credential} |`,
      );
    }
    out.push('');
  }

  const artifacts = new Map(r.artifacts.map((a) => [a.id, a]));
  out.push(`## ${k('panel.tab.tokens')} (${r.tokens.length})`);
  out.push('');
  for (const token of r.tokens) {
    out.push(`### ${k(`ui.kind.${token.kind}`)} · ${token.format.toUpperCase()}`);
    out.push('');
    out.push(`- ${k('panel.col.value')}: ${code(token.value)}`);
    const places = token.artifactIds.map((id) => artifacts.get(id)?.label ?? id);
    out.push(`- ${k('panel.token.where')}: ${places.map(cell).join(', ') || '—'}`);
    out.push(`- ${k('panel.token.sentIn', { n: token.sentIn.length })}`);
    out.push(
      `- ${k('panel.col.expires')}: ${k(`ui.expiry.${token.expiry.state}`)} ${iso(token.expiry.expiresAt)}`,
    );
    if (token.error)
      out.push(
        `- ${k('panel.token.error')}: ${token.error.code} — ${cell(t(token.error.message))}`,
      );
    if (token.jws) {
      out.push('');
      out.push(
        fenced(
          'json',
          JSON.stringify({ header: token.jws.header, payload: token.jws.payload }, null, 2),
        ),
      );
    } else if (token.jwe) {
      out.push(`- ${k('panel.token.jwe')}`);
      out.push('');
      out.push(fenced('json', JSON.stringify({ header: token.jwe.header }, null, 2)));
    }
    out.push('');
  }

  const max = options.maxRequests ?? 200;
  out.push(`## ${k('panel.tab.requests')} (${r.requests.length})`);
  out.push('');
  if (r.requests.length > 0) {
    out.push(
      `| ${k('panel.col.time')} | ${k('panel.col.method')} | URL | ${k('panel.col.status')} | ${k('panel.col.credential')} | Set-Cookie |`,
    );
    out.push('|---|---|---|---|---|---|');
    for (const q of r.requests.slice(0, max)) {
      out.push(
        `| ${iso(q.time)} | ${cell(q.method)} | ${cell(q.url)} | ${q.status ?? '—'} | ${cell(q.scheme ?? '—')} | ${cell(q.setCookies.join(', ') || '—')} |`,
      );
    }
    if (r.requests.length > max)
      out.push('', k('panel.export.md.moreRequests', { n: r.requests.length - max }));
    out.push('');
  }

  out.push(`## ${k('panel.tab.flow')}`);
  out.push('');
  for (const life of buildTimeline(r, options.now)) {
    out.push(`### ${cell(life.label)} (${k(`ui.kind.${life.kind}`)})`);
    out.push('');
    for (const e of life.events) out.push(`1. ${iso(e.time)} — ${cell(t(e.message))}`);
    out.push('');
  }
  return out.join('\n');
}
