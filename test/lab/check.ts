/**
 * What Tokki shows for a lab stack, reduced to what the lab checks, and the checks themselves.
 * The e2e tests read a {@link LabView} from the rendered popup and panel; the snapshot test builds
 * one from `analyze()` over the recorded snapshot; both are held to the stack's `expect` here.
 */
import { translate } from '../../lib/engine/i18n/translate';
import type { Lang, Report } from '../../lib/engine/model/report';
import type { CredentialRequest, LabBrowser, LabExpect, LabStack } from './types';

/** One place a token was shown: its location chip and its label (cookie name, storage key…). */
export interface LabPlace {
  location: string;
  label: string;
  /** The cookie name, storage key or header name; worked out from the label when not given. */
  name?: string;
}

/**
 * The cookie name, storage key, IndexedDB path or header name a label shows: `connect.sid`,
 * `localStorage["key"] → $.access_token`, `indexedDB db/store/key → $.x`, `Authorization: Bearer`.
 */
function nameOfPlace({ location, label, name }: LabPlace): string {
  // Header names are case-insensitive (Chromium and Firefox report them differently).
  if (location === 'header') return (name ?? label.split(':')[0] ?? label).toLowerCase();
  if (name !== undefined) return name;
  const bare = label.split(' → ')[0] ?? label;
  if (location === 'localStorage' || location === 'sessionStorage')
    return /^\w+\["(.*)"\]$/.exec(bare)?.[1] ?? bare;
  if (location === 'indexedDB') return bare.replace(/^indexedDB /, '');
  return bare;
}

export interface LabView {
  /** `data-verdict` of the popup (or the report's verdict kind). */
  verdict: string | null;
  /** `data-verdict` of the panel, when the view comes from the rendered panel. */
  panelVerdict?: string | null;
  tokens: { kind: string; places: LabPlace[] }[];
  /** Every cookie row: its name and what the Credential column says (`no` when it is none). */
  cookies: { name: string; credential: string }[];
  requests: CredentialRequest[];
  /**
   * Places the verdict's evidence or a credential finding points at, by name (from a Report only:
   * the rendered pages do not name an evidence line's place).
   */
  namedAsCredential?: { name: string; by: string }[];
  /** The verdict's summary and evidence as read in each language. */
  explanation?: Record<Lang, string>;
}

/** Findings that only make sense about a credential. */
const CREDENTIAL_FINDING = /^(cookie\.credential-|jwt\.|storage\.|transport\.)/;

/** The same view, built from a Report (what the popup and panel render). */
export function viewOfReport(report: Report): LabView {
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  const cookies = new Map(report.cookies.map((c) => [c.artifactId, c.name]));
  const nameOf = (artifactId: string | undefined) =>
    artifactId === undefined
      ? undefined
      : (artifacts.get(artifactId)?.name ?? cookies.get(artifactId));
  const pointers = [
    ...report.verdict.evidence.map((e) => ({ id: e.artifactId, by: e.message.key })),
    ...report.findings
      .filter((f) => CREDENTIAL_FINDING.test(f.id))
      .map((f) => ({ id: f.artifactId, by: f.id })),
  ];
  const explain = (lang: Lang) =>
    [report.verdict.summary, ...report.verdict.evidence.map((e) => e.message)]
      .map((m) => translate(m, lang))
      .join('\n');
  return {
    explanation: { en: explain('en'), ko: explain('ko') },
    namedAsCredential: pointers.flatMap(({ id, by }) => {
      const name = nameOf(id);
      return name === undefined ? [] : [{ name, by }];
    }),
    verdict: report.verdict.kind,
    tokens: report.tokens.map((t) => ({
      kind: t.kind,
      places: t.artifactIds.flatMap((id) => {
        const a = artifacts.get(id);
        return a ? [{ location: a.location, label: a.label, name: a.name }] : [];
      }),
    })),
    cookies: report.cookies.map((c) => ({
      name: c.name,
      credential: c.credential.is ? (c.credential.kind ?? 'unknown') : 'no',
    })),
    requests: report.requests.map((r) => ({ method: r.method, url: r.url })),
  };
}

/** True when the place is this cookie, storage key or header (any case for a header). */
const isNamed = (place: LabPlace, name: string) =>
  nameOfPlace(place) === (place.location === 'header' ? name.toLowerCase() : name);

/** A string names the place exactly; a RegExp may match its name or its whole label. */
const matchesName = (place: LabPlace, want: RegExp | string | undefined) =>
  want === undefined ||
  (typeof want === 'string'
    ? isNamed(place, want)
    : want.test(nameOfPlace(place)) || want.test(place.label));

/** The URL without user info: Chromium reports `http://user:pass@host/` where the server saw none. */
function withoutUserInfo(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

const sameUrl = (a: string, b: string) => withoutUserInfo(a) === withoutUserInfo(b);

const describeTokens = (view: LabView) =>
  view.tokens
    .map((t) => `${t.kind}@[${t.places.map((p) => `${p.location} ${p.label}`).join(', ')}]`)
    .join('; ') || 'none';

/**
 * Everything in `view` that breaks `expect` or leaves out a credential-carrying request, one
 * sentence each; empty when Tokki is right about the stack.
 */
export function labMismatches(
  view: LabView,
  expect: LabExpect,
  credentialRequests: readonly CredentialRequest[],
): string[] {
  const out: string[] = [];
  if (view.verdict !== expect.verdict)
    out.push(`verdict is "${view.verdict}", expected "${expect.verdict}"`);
  if (view.panelVerdict !== undefined && view.panelVerdict !== view.verdict)
    out.push(`the panel says "${view.panelVerdict}", the popup "${view.verdict}"`);
  for (const want of expect.tokens) {
    const found = view.tokens.some(
      (t) =>
        t.kind === want.kind &&
        t.places.some((p) => p.location === want.location && matchesName(p, want.name)),
    );
    if (!found)
      out.push(
        `no ${want.kind} token in ${want.location}${want.name ? ` named ${String(want.name)}` : ''} (tokens: ${describeTokens(view)})`,
      );
  }
  for (const key of expect.notCredentials ?? []) {
    const cookie = view.cookies.find((c) => c.name === key && c.credential !== 'no');
    if (cookie) out.push(`cookie ${key} is shown as a credential (${cookie.credential})`);
    const token = view.tokens.find(
      (t) => t.kind !== 'csrf' && t.places.some((p) => isNamed(p, key)),
    );
    if (token) out.push(`${key} is shown as a ${token.kind} token`);
    for (const { by } of view.namedAsCredential?.filter((n) => n.name === key) ?? [])
      out.push(`${key} is named as a credential by ${by}`);
  }
  for (const word of expect.explains ?? []) {
    for (const lang of ['en', 'ko'] as const) {
      const text = view.explanation?.[lang];
      if (text !== undefined && !text.includes(word))
        out.push(`the ${lang} explanation does not say "${word}": ${text.slice(0, 300)}`);
    }
  }
  for (const request of credentialRequests) {
    const seen = view.requests.some(
      (r) => r.method === request.method && sameUrl(r.url, request.url),
    );
    if (!seen) out.push(`request ${request.method} ${request.url} is not in the Requests tab`);
  }
  return out;
}

/**
 * The stack's `expect` in one browser, and the credential requests Tokki must list there: the
 * stack's own, unless the browser hides part of them from every extension (`browserLimits`).
 */
export function expectationsIn(
  stack: LabStack,
  browser: LabBrowser,
  credentialRequests: readonly CredentialRequest[],
): { expect: LabExpect; credentialRequests: CredentialRequest[] } {
  const limit = stack.browserLimits?.[browser];
  const unseen = limit?.unseenRequests;
  return {
    expect: { ...stack.expect, ...limit?.expect },
    credentialRequests: credentialRequests.filter((r) => !unseen?.test(r.url)),
  };
}
