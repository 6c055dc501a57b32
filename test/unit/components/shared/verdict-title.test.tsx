// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSettings } from '@/components/shared/use-settings';
import { VerdictSummary } from '@/components/shared/verdict-summary';
import { labReport } from '@/test/fixtures/lab-reports';

describe('the verdict heading on real stacks (lab recordings)', () => {
  afterEach(cleanup);

  it.each([
    ['flask', 'en', 'Session kept in the cookie'],
    ['iron-session', 'en', 'Session kept in the cookie'],
    ['cookie-session', 'ko', '쿠키에 담긴 세션'],
    ['express-session', 'en', 'Server-side session'],
    ['php', 'ko', '서버 세션 방식'],
  ] as const)('%s (%s): %s', (stack, lang, heading) => {
    useSettings.setState({ lang, loaded: true });
    const { verdict } = labReport(stack);
    render(<VerdictSummary verdict={verdict} />);
    expect(screen.getByRole('heading').textContent).toBe(heading);
    // The test contract keeps the kind: a session is a session, wherever its data lives.
    expect(screen.getByTestId('verdict').dataset.verdict).toBe('session');
  });
});
