// @vitest-environment happy-dom
/**
 * What the popup and the panel say of a page that began loading before Tokki listened, rendered
 * from what capture itself records (the log, the snapshot's note, the engine's report): the
 * requests seen only at their end are named with their number, and never as old entries dropped.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnavailableNote } from '@/components/shared/unavailable-note';
import { useSettings } from '@/components/shared/use-settings';
import { analyze } from '@/lib/engine/analyze/analyze';
import { assembleSnapshot } from '@/lib/background/assemble-snapshot';
import { applyOps, requestsNote, type LogOp, type TabLog } from '@/lib/background/tab-log';
import type { Report } from '@/lib/engine/model/report';
import { renderPanel } from '../components/panel/helpers';

const PAGE = 'https://app.example.com/';
const NOW = 1_800_000_000_000;

/** A cold start: three of the page's requests ended unseen, one with a cookie was whole. */
function coldStartLog(): TabLog {
  const ops: LogOp[] = [
    { op: 'lost', rid: '1' },
    { op: 'lost', rid: '2' },
    { op: 'lost', rid: '3' },
    { op: 'navigate', url: PAGE, time: NOW - 1000, from: 'tab' },
    {
      op: 'append',
      rid: '4',
      entry: {
        id: '4',
        url: `${PAGE}api/me`,
        method: 'GET',
        type: 'xmlhttprequest',
        time: NOW - 500,
        frameId: 0,
        initiator: new URL(PAGE).origin,
        requestHeaders: [{ name: 'Cookie', value: 'sid=0123456789abcdef0123' }],
        responseHeaders: [],
      },
    },
  ];
  return applyOps(undefined, 3, ops, NOW - 1000);
}

function reportOf(log: TabLog): Report {
  const note = requestsNote(log, PAGE);
  const snapshot = assembleSnapshot({
    tab: { id: 3, url: PAGE },
    takenAt: NOW,
    log,
    unavailable: note ? [note] : [],
  });
  return analyze(snapshot, NOW);
}

describe('a page that began loading before Tokki listened', () => {
  afterEach(cleanup);

  it('the popup says how many requests were seen only in part, and to reload', () => {
    useSettings.setState({ lang: 'en', loaded: true });
    render(<UnavailableNote unavailable={reportOf(coldStartLog()).unavailable} />);
    const note = screen.getByTestId('unavailable');
    expect(note.querySelector('[data-reason="seen-partly"]')).not.toBeNull();
    expect(note.textContent).toContain('Tokki started while this page was loading');
    expect(note.textContent).toContain('3 requests were seen only in part');
    expect(note.textContent).toContain('Reload the page');
    expect(note.textContent).not.toContain('{count');
  });

  it('in Korean too', () => {
    useSettings.setState({ lang: 'ko', loaded: true });
    render(<UnavailableNote unavailable={reportOf(coldStartLog()).unavailable} />);
    expect(screen.getByTestId('unavailable').textContent).toContain(
      '요청 3건은 일부(응답)만 보았습니다',
    );
  });

  it('the panel counts them apart from the drops, in the Requests tab and the overview', () => {
    const report = reportOf(coldStartLog());
    renderPanel(report, 'requests');
    const count = screen.getByTestId('request-count').textContent ?? '';
    expect(count).toContain('0 old entries dropped');
    expect(count).toContain('3 requests seen only in part');
    cleanup();
    renderPanel(report, 'overview');
    expect(document.body.textContent).toContain('3 requests were seen only in part');
  });

  it('after a reload nothing is said: the note goes, and no drop appears', () => {
    const log = applyOps(
      coldStartLog(),
      3,
      [{ op: 'navigate', url: PAGE, time: NOW - 100, from: 'request' }],
      NOW,
    );
    const report = reportOf(log);
    expect(report.unavailable).toEqual([]);
    renderPanel(report, 'requests');
    const count = screen.getByTestId('request-count').textContent ?? '';
    expect(count).toContain('0 old entries dropped');
    expect(count).not.toContain('seen only in part');
  });
});
