// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnExamples } from '@/components/panel/learn-examples';
import { PopupView } from '@/components/popup/popup-view';
import { useSettings } from '@/components/shared/use-settings';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { FrameworkValue, Report } from '@/lib/engine/model/report';
import { cookie, NOW, request, SITE, snap } from '../../engine/analyze/helpers';
import { renderPanel } from './helpers';

/** A site behind HTTP Basic, as the engine reports it: the page and its stylesheet, both sent. */
function basicReport(password = 'hunter2-secret'): Report {
  const header = { name: 'Authorization', value: `Basic ${btoa(`alice:${password}`)}` };
  return analyze(
    snap({
      requests: [
        request({ url: `${SITE}/`, type: 'main_frame', requestHeaders: [header] }),
        request({ url: `${SITE}/site.css`, type: 'stylesheet', requestHeaders: [header] }),
      ],
    }),
    NOW,
  );
}

const matrixRow = (location: string) =>
  screen.getByTestId('risk-matrix').querySelector(`tr[data-location="${location}"]`)!;
const cells = (row: Element) =>
  [...row.querySelectorAll('[data-value]')].map((c) => c.getAttribute('data-value'));

describe('HTTP authentication in the panel and the popup', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('Overview: the verdict, the user in its evidence, never the password', () => {
    renderPanel(basicReport());
    const verdict = screen.getByTestId('verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('http-auth');
    expect(verdict.textContent).toContain('HTTP authentication (sent by the browser)');
    expect(verdict.textContent).toContain('There is no real logout');
    const evidence = screen.getAllByTestId('evidence').map((e) => e.textContent);
    expect(evidence).toContainEqual(expect.stringContaining('the user "alice" with 2 requests'));
    expect(document.body.textContent).not.toContain('hunter2-secret');
  });

  it('Overview: the risk matrix says the browser keeps and sends the credentials', () => {
    renderPanel(basicReport());
    const header = matrixRow('header');
    expect(header.querySelector('th')?.textContent).toBe(
      'Request header (HTTP authentication, sent by the browser)',
    );
    expect(header.querySelector('.tp-num')?.textContent).toBe('1');
    // Readable by scripts: no; sent automatically: yes.
    expect(cells(header)).toEqual(['false', 'true']);
    expect(screen.getByTestId('matrix-http-auth').textContent).toContain('There is no logout');
  });

  it('Overview: a Bearer header keeps the page-memory row and no HTTP note', () => {
    renderPanel(
      analyze(
        snap({
          requests: [
            request({
              url: `${SITE}/api`,
              requestHeaders: [{ name: 'Authorization', value: 'Bearer abcdefghijklmnop1234' }],
            }),
          ],
        }),
        NOW,
      ),
    );
    expect(matrixRow('header').querySelector('th')?.textContent).toBe('Request header');
    expect(cells(matrixRow('header'))).toEqual(['true', 'false']);
    expect(screen.queryByTestId('matrix-http-auth')).toBeNull();
  });

  it('Learn: HTTP authentication shown on the site’s own header, in Korean too', () => {
    renderPanel(basicReport(), 'learn', 'ko');
    const topic = document.querySelector('[data-topic="http-auth"]')!;
    const example = within(topic as HTMLElement).getByTestId('learn-example');
    expect(example.getAttribute('data-source')).toBe('site');
    expect(example.textContent).toContain('사용자 "alice"');
    expect(example.textContent).toContain('Authorization: Basic');
    const tradeoffs = document.querySelector(
      '[data-topic="tradeoffs"] [data-testid="learn-example"]',
    );
    expect(tradeoffs?.textContent).toContain('브라우저를 닫아야 로그아웃됩니다');
  });

  it('Learn: where the browser shows only the challenge (Chrome), the topic says so', () => {
    const report = analyze(
      snap({
        requests: [
          request({
            // The user given in the address is no header the browser sent.
            url: 'https://alice@app.example.com/',
            type: 'main_frame',
            status: 200,
            responseHeaders: [{ name: 'WWW-Authenticate', value: 'Basic realm="staff"' }],
          }),
        ],
      }),
      NOW,
    );
    renderPanel(report, 'learn');
    const example = document.querySelector(
      '[data-topic="http-auth"] [data-testid="learn-example"]',
    );
    expect(example?.getAttribute('data-source')).toBe('site');
    expect(example?.textContent).toContain('asked for HTTP Basic authentication (realm "staff")');
  });

  it('Learn: without HTTP authentication the topic gives a textbook example, not the demo’s', () => {
    renderPanel(analyze(snap(), NOW), 'learn');
    const example = document.querySelector(
      '[data-topic="http-auth"] [data-testid="learn-example"]',
    );
    expect(example?.getAttribute('data-source')).toBe('generic');
    expect(example?.textContent).toMatch(/^For example:/);
  });

  it('popup: the verdict and its evidence', () => {
    render(
      <main data-testid="popup">
        <PopupView
          report={basicReport()}
          now={NOW}
          onRequestAccess={async () => true}
          onOpenInspector={() => {}}
        />
      </main>,
    );
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('http-auth');
    expect(screen.getByTestId('evidence').textContent).toContain('"alice"');
    expect(document.body.textContent).not.toContain('hunter2-secret');
  });
});

describe('a session kept in the cookie itself, in Learn', () => {
  afterEach(cleanup);
  const flask: FrameworkValue = {
    format: 'itsdangerous',
    framework: 'Flask',
    holds: 'session-data',
    protection: 'signed',
  };
  /** The engine's report of the cookie, with the framework the knowledge tables recognise. */
  function flaskReport(): Report {
    const report = analyze(
      snap({ cookies: [cookie({ name: 'session', value: 'eyJ1c2VyIjoiYWxpY2UifQ.Zz1k2w.c2ln' })] }),
      NOW,
    );
    for (const token of report.tokens) token.framework = flask;
    report.verdict.summary = {
      key: 'verdict.summary.session-data-signed',
      params: { framework: 'Flask' },
    };
    for (const c of report.cookies) if (c.credential.is) c.credential.kind = 'unknown';
    return report;
  }

  it('says the cookie is the session, not a key to one, and that the server cannot end it', () => {
    const examples = learnExamples(flaskReport());
    expect(examples.session.msg).toEqual({
      key: 'learn.session.siteDataSigned',
      params: { name: 'session', framework: 'Flask' },
    });
    expect(examples['cookie-vs-session'].msg.key).toBe('learn.cookie-vs-session.siteData');
    expect(examples.tradeoffs.msg.key).toBe('learn.tradeoffs.site.session-data');
    renderPanel(flaskReport(), 'learn');
    const text = document.querySelector('[data-topic="tradeoffs"]')?.textContent ?? '';
    expect(text).toContain('it cannot end a session either');
    expect(text).not.toContain('a stolen cookie stops working');
  });
});
