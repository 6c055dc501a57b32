// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LEARN_TOPICS, learnExamples, learnTopicsFor } from '@/components/panel/learn-examples';
import { analyze } from '@/lib/engine/analyze/analyze';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import {
  bearerReport,
  edgeReport,
  labRecording,
  labReport,
  noneReport,
  sessionReport,
} from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

const source = (topic: string) =>
  document
    .querySelector(`[data-topic="${topic}"] [data-testid="learn-example"]`)
    ?.getAttribute('data-source');

describe('Learn', () => {
  afterEach(cleanup);

  it('covers every concept of the seed post, the one matching the verdict first', () => {
    renderPanel(sessionReport, 'learn');
    const topics = screen.getAllByTestId('learn-topic');
    expect(topics.map((t) => t.getAttribute('data-topic'))).toEqual([
      'session',
      ...LEARN_TOPICS.filter((t) => t !== 'session'),
    ]);
    expect(topics[0]!.getAttribute('data-lead')).toBe('true');
  });

  it.each([
    ['bearer login with a refresh cookie', bearerReport, 'access-refresh'],
    ['Auth0 SPA with its token in memory', labReport('auth0-memory'), 'token-memory'],
    ['HTTP Basic', labReport('http-basic'), 'http-auth'],
    ['Flask session in the cookie', labReport('flask'), 'session'],
  ])('%s: starts with the lesson on how this site logs in', (_, report, lead) => {
    expect(learnTopicsFor(report)[0]).toBe(lead);
  });

  it('explains a token held only in memory with this site’s own token', () => {
    const report = labReport('auth0-memory');
    const example = learnExamples(report)['token-memory'];
    expect(example).toMatchObject({
      fromSite: true,
      msg: { key: 'learn.token-memory.site', params: { label: 'Authorization: Bearer', n: 1 } },
    });
    renderPanel(report, 'learn');
    expect(source('token-memory')).toBe('site');
  });

  it('illustrates with this site’s own data when it has some', () => {
    renderPanel(sessionReport, 'learn');
    expect(source('session')).toBe('site');
    expect(
      document.querySelector('[data-topic="session"] [data-testid="learn-example"]')?.textContent,
    ).toContain("This site's session ID is the cookie sessionid");
    expect(source('jwt-structure')).toBe('demo');
  });

  it('falls back to the demo site when this site shows nothing', () => {
    renderPanel(noneReport, 'learn', 'ko');
    // The demo has no HTTP authentication: that topic gives a textbook example instead.
    const fallback = LEARN_TOPICS.filter((t) => t !== 'cookie-vs-session');
    expect(fallback.map(source)).toEqual(
      fallback.map((t) => (t === 'http-auth' || t === 'token-memory' ? 'generic' : 'demo')),
    );
    expect(screen.getByText('인증과 인가')).toBeTruthy();
  });

  it('explains the refresh flow with the site’s own numbers', () => {
    const example = learnExamples(bearerReport)['access-refresh'];
    expect(example).toEqual({
      fromSite: true,
      msg: {
        key: 'learn.access-refresh.site',
        params: { refresh: 'refresh_token', minutes: 2, n: 1 },
      },
    });
  });

  it('warns about an unsigned token', () => {
    expect(learnExamples(edgeReport).signed.msg.key).toBe('learn.signed.siteNone');
  });

  it('has both languages for every message it can pick', () => {
    const keys = new Set<string>();
    for (const topic of LEARN_TOPICS) {
      keys.add(`learn.${topic}.title`).add(`learn.${topic}.body`).add(`learn.${topic}.demo`);
    }
    for (const report of [bearerReport, sessionReport, edgeReport, noneReport]) {
      for (const example of Object.values(learnExamples(report))) keys.add(example.msg.key);
    }
    for (const kind of [
      'session',
      'session-data',
      'token',
      'token-in-cookie',
      'hybrid',
      'http-auth',
    ])
      keys.add(`learn.tradeoffs.site.${kind}`);
    for (const key of [
      'learn.example.generic',
      'learn.session.siteDataSigned',
      'learn.session.siteDataEncrypted',
      'learn.cookie-vs-session.siteData',
      'learn.http-auth.site',
      'learn.http-auth.siteScheme',
      'learn.http-auth.siteChallenge',
      'learn.matrix.headerByBrowser',
      'learn.matrix.httpAuth',
    ])
      keys.add(key);
    for (const key of keys) expect(catalogue[key], key).toBeDefined();
  });
});

describe('Learn: a session kept in the cookie itself, on real stacks', () => {
  afterEach(cleanup);

  it.each([
    ['flask', 'session', 'Flask', 'learn.session.siteDataSigned'],
    ['cookie-session', 'session', 'cookie-session', 'learn.session.siteDataSigned'],
    ['iron-session', 'app_session', 'iron-session', 'learn.session.siteDataEncrypted'],
    ['authjs', 'authjs.session-token', 'Auth.js', 'learn.session.siteDataEncrypted'],
  ])('%s: the cookie is the session, not a key to one', (id, name, framework, key) => {
    const examples = learnExamples(labReport(id));
    expect(examples.session).toEqual({ fromSite: true, msg: { key, params: { name, framework } } });
    expect(examples['cookie-vs-session'].msg).toMatchObject({
      key: 'learn.cookie-vs-session.siteData',
      params: { name },
    });
  });

  it('an identity provider’s sign-in cookie on its own host is not the site’s session', () => {
    // An Auth.js app signing in through Keycloak: the realm's SSO cookies sit on sso.<site>.
    const app = labRecording('authjs');
    const sso = labRecording('keycloak').snapshot.cookies.map((c) => ({
      ...c,
      domain: 'sso.authjs.localhost',
    }));
    const report = analyze(
      { ...app.snapshot, cookies: [...sso, ...app.snapshot.cookies] },
      app.recordedAt,
    );
    expect(learnExamples(report).session.msg).toEqual({
      key: 'learn.session.siteDataEncrypted',
      params: { name: 'authjs.session-token', framework: 'Auth.js' },
    });

    renderPanel(report, 'learn', 'ko');
    const ko = (topic: string) =>
      document.querySelector(`[data-topic="${topic}"] [data-testid="learn-example"]`)
        ?.textContent ?? '';
    expect(ko('session')).toContain('authjs.session-token 쿠키는 세션 ID가 아닙니다');
    expect(ko('session')).not.toContain('KEYCLOAK_IDENTITY');
    expect(ko('cookie-vs-session')).toContain('이 쿠키가 곧 세션입니다');
  });

  it.each(['keycloak', 'msal'])(
    '%s: a token site whose only session cookie is its provider’s shows the demo session',
    (id) => {
      expect(learnExamples(labReport(id)).session.fromSite).toBe(false);
    },
  );
});

describe('Learn: authentication vs authorization names the credential that logs in (real stacks)', () => {
  // On these pages the first token found is an SDK's refresh token, the OAuth code in the
  // redirect URL or an ID token kept in storage; the example must name the token that actually
  // authorised requests.
  it.each([
    ['auth0-memory', 'access'],
    ['keycloak', 'access'],
    ['firebase', 'id'],
    ['msal', 'access'],
    ['oidc', 'access'],
    ['flask', 'session-data'],
  ])('%s: the %s token', (stack, kind) => {
    const report = labReport(stack);
    const example = learnExamples(report)['authn-authz'];
    expect(example.fromSite).toBe(true);
    const label = String(example.msg.params?.label);
    const places = report.artifacts.filter((a) => a.label === label);
    expect(
      places.some((a) =>
        report.tokens.some((t) => t.kind === kind && t.artifactIds.includes(a.id)),
      ),
    ).toBe(true);
  });
});

describe('Learn: examples from the token that authorised requests', () => {
  it('msal: the JWT example is the access token sent after the refresh, not the stored ID token', () => {
    const report = labReport('msal');
    const example = learnExamples(report)['jwt-structure'];
    const label = String(example.msg.params?.label);
    const sent = report.tokens.filter((t) => t.kind === 'access' && t.sentIn.length > 0);
    expect(
      sent.some((t) =>
        report.artifacts.some((a) => a.label === label && t.artifactIds.includes(a.id)),
      ),
    ).toBe(true);
  });
});
