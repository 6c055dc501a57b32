// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LEARN_TOPICS, learnExamples } from '@/components/panel/learn-examples';
import { catalogue } from '@/lib/i18n/catalogue';
import { bearerReport, edgeReport, noneReport, sessionReport } from '@/test/fixtures/panel-reports';
import { renderPanel } from './helpers';

const source = (topic: string) =>
  document
    .querySelector(`[data-topic="${topic}"] [data-testid="learn-example"]`)
    ?.getAttribute('data-source');

describe('Learn', () => {
  afterEach(cleanup);

  it('covers every concept of the seed post', () => {
    renderPanel(sessionReport, 'learn');
    expect(screen.getAllByTestId('learn-topic').map((t) => t.getAttribute('data-topic'))).toEqual([
      ...LEARN_TOPICS,
    ]);
  });

  it('illustrates with this site’s own data when it has some', () => {
    renderPanel(sessionReport, 'learn');
    expect(source('session')).toBe('site');
    expect(
      document.querySelector('[data-topic="session"] [data-testid="learn-example"]')?.textContent,
    ).toContain("This site's session id is the cookie PHPSESSID");
    expect(source('jwt-structure')).toBe('demo');
  });

  it('falls back to the demo site when this site shows nothing', () => {
    renderPanel(noneReport, 'learn', 'ko');
    // The demo has no HTTP authentication: that topic gives a textbook example instead.
    const fallback = LEARN_TOPICS.filter((t) => t !== 'cookie-vs-session');
    expect(fallback.map(source)).toEqual(
      fallback.map((t) => (t === 'http-auth' ? 'generic' : 'demo')),
    );
    expect(screen.getByText('인증과 인가')).toBeTruthy();
  });

  it('explains the refresh flow with the site’s own numbers', () => {
    const example = learnExamples(bearerReport)['access-refresh'];
    expect(example).toEqual({
      fromSite: true,
      msg: {
        key: 'learn.access-refresh.site',
        params: { refresh: 'refresh_token', minutes: 15, n: 1 },
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
