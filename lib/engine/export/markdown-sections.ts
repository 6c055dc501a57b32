import type { MessageKey } from '../i18n/catalogue';
import type { Msg, Report, TokenReport } from '../model/report';
import { verdictTitle } from '../display/verdict-title';
import type { LoginSequence } from '../flow/build-sequences';
import { cell, code, fenced, iso } from './markdown-text';

/** What every section is written with: the (masked) report and its translators. */
export interface MarkdownContext {
  r: Report;
  /** A message in the chosen language(s). */
  t: (msg: Msg) => string;
  /** A catalogue entry in the chosen language(s). */
  k: (key: MessageKey, params?: Msg['params']) => string;
}

const yes = (b: boolean) => (b ? '✔' : '—');

export function overviewSection({ r, t, k }: MarkdownContext): string[] {
  const { verdict } = r;
  const confidence = Math.round(verdict.confidence * 100);
  return [
    `## ${k('panel.tab.overview')}`,
    '',
    `**${t(verdictTitle(verdict))}** (${confidence}%) — ${cell(t(verdict.summary))}`,
    '',
    ...verdict.evidence.map((e) => `- ${cell(t(e.message))}`),
    '',
  ];
}

export function findingsSection({ r, t, k }: MarkdownContext): string[] {
  const out = [`## ${k('panel.findings.title')} (${r.findings.length})`, ''];
  if (r.findings.length === 0) return out;
  out.push(`| ${k('panel.col.severity')} | id | ${k('panel.col.message')} |`, '|---|---|---|');
  for (const f of r.findings) {
    out.push(`| ${k(`ui.severity.${f.severity}`)} | ${cell(f.id)} | ${cell(t(f.message))} |`);
  }
  out.push('');
  return out;
}

export function cookiesSection({ r, k }: MarkdownContext): string[] {
  const out = [`## ${k('panel.tab.cookies')} (${r.cookies.length})`, ''];
  if (r.cookies.length === 0) return out;
  out.push(
    `| ${k('panel.col.name')} | ${k('panel.col.value')} | ${k('panel.col.domain')} | ${k('panel.col.path')} | ${k('panel.col.expires')} | HttpOnly | Secure | SameSite | ${k('panel.col.credential')} |`,
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const c of r.cookies) {
    const expires =
      c.expiry.state === 'session' ? k('panel.cookie.session') : iso(c.expiry.expiresAt);
    const credential = c.credential.is ? k(`ui.kind.${c.credential.kind ?? 'unknown'}`) : '—';
    out.push(
      `| ${cell(c.name)} | ${code(c.value)} | ${cell(c.domain)} | ${cell(c.path)} | ${expires} | ${yes(c.httpOnly)} | ${yes(c.secure)} | ${c.sameSite} | ${credential} |`,
    );
  }
  out.push('');
  return out;
}

export function tokensSection(ctx: MarkdownContext): string[] {
  const { r, k } = ctx;
  const labels = new Map(r.artifacts.map((a) => [a.id, a.label]));
  const out = [`## ${k('panel.tab.tokens')} (${r.tokens.length})`, ''];
  for (const token of r.tokens) out.push(...tokenLines(token, labels, ctx));
  return out;
}

function tokenLines(
  token: TokenReport,
  labels: Map<string, string>,
  { t, k }: MarkdownContext,
): string[] {
  const places = token.artifactIds.map((id) => labels.get(id) ?? id);
  const out = [
    `### ${k(`ui.kind.${token.kind}`)} · ${token.format.toUpperCase()}`,
    '',
    `- ${k('panel.col.value')}: ${code(token.value)}`,
    `- ${k('panel.token.where')}: ${places.map(cell).join(', ') || '—'}`,
    `- ${k('panel.token.sentIn', { n: token.sentIn.length })}`,
    `- ${k('panel.col.expires')}: ${k(`ui.expiry.${token.expiry.state}`)} ${iso(token.expiry.expiresAt)}`,
  ];
  if (token.error) {
    out.push(`- ${k('panel.token.error')}: ${token.error.code} — ${cell(t(token.error.message))}`);
  }
  if (token.jws) {
    const { header, payload } = token.jws;
    out.push('', fenced('json', JSON.stringify({ header, payload }, null, 2)));
  } else if (token.jwe) {
    out.push(`- ${k('panel.token.jwe')}`, '');
    out.push(fenced('json', JSON.stringify({ header: token.jwe.header }, null, 2)));
  }
  out.push('');
  return out;
}

export function requestsSection({ r, k }: MarkdownContext, max: number): string[] {
  const out = [`## ${k('panel.tab.requests')} (${r.requests.length})`, ''];
  if (r.requests.length === 0) return out;
  out.push(
    `| ${k('panel.col.time')} | ${k('panel.col.method')} | URL | ${k('panel.col.status')} | ${k('panel.col.credential')} | Set-Cookie |`,
    '|---|---|---|---|---|---|',
  );
  for (const q of r.requests.slice(0, max)) {
    out.push(
      `| ${iso(q.time)} | ${cell(q.method)} | ${cell(q.url)} | ${q.status ?? '—'} | ${cell(q.scheme ?? '—')} | ${cell(q.setCookies.join(', ') || '—')} |`,
    );
  }
  if (r.requests.length > max) {
    out.push('', k('panel.export.md.moreRequests', { n: r.requests.length - max }));
  }
  out.push('');
  return out;
}

/** Each login as the Flow tab tells it: its credentials and state, then its numbered steps. */
export function flowSection({ t, k }: MarkdownContext, sequences: LoginSequence[]): string[] {
  const out = [`## ${k('panel.tab.flow')}`, ''];
  sequences.forEach((sequence, i) => {
    out.push(`### ${k('panel.flow.seq.heading', { n: i + 1 })}`, '');
    for (const c of sequence.credentials) {
      const state = k(`panel.flow.state.${c.state}`);
      out.push(`- ${k(`ui.kind.${c.kind}`)} ${code(c.label)} #${c.fingerprint} — ${state}`);
    }
    out.push('');
    for (const step of sequence.steps) {
      out.push(
        `${step.n}. ${iso(step.time)} — ${k(`panel.flow.step.${step.kind}`)}: ${cell(t(step.message))}`,
      );
    }
    out.push('');
  });
  return out;
}
