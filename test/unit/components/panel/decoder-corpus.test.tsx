// @vitest-environment happy-dom
/**
 * The malformed-input corpus pasted, one case after another, into the panel's Decoder: each gives
 * a visible reason (its stable code and the sentence for it), nothing crashes, and what the panel
 * showed before (the site, the tabs, the pasted text itself) stays on screen.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import { bearerReport, FIXTURE_NOW } from '@/test/fixtures/engine-reports';
import { MALFORMED_CASES } from '@/test/fixtures/malformed/cases';
import { renderPanel } from './helpers';

function paste(value: string) {
  act(() => fireEvent.change(screen.getByTestId('decoder-input'), { target: { value } }));
  return screen.getByTestId('decoder-result');
}

describe('Decoder: every malformed case gives a visible reason', () => {
  beforeAll(() => {
    renderPanel(bearerReport, 'decoder');
  });
  afterAll(cleanup);

  it.each(MALFORMED_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = paste(c.input);
    // The paste is kept as typed, and the site under inspection is still named.
    expect((screen.getByTestId('decoder-input') as HTMLTextAreaElement).value).toBe(c.input);
    expect(screen.getByTestId('panel').textContent).toContain(bearerReport.site.origin);
    expect(screen.getAllByRole('tab').length).toBeGreaterThan(5);
    // Page data became no element: the hostile-claims case holds an <img onerror>.
    expect(result.querySelector('img, script, iframe, a[href^="javascript:"]')).toBeNull();

    if (c.expect === 'ERR_EMPTY' && c.input.trim() === '') {
      expect(result.textContent).toContain(
        translate({ key: 'panel.decoder.empty' }, 'en', catalogue),
      );
      return;
    }
    if (c.expect === 'decoded') {
      expect(result.getAttribute('data-status')).toBe('ok');
      expect(
        result.querySelector(`[data-testid="decoded-item"]`)?.getAttribute('data-format'),
      ).toBe(c.format);
      return;
    }
    expect(result.getAttribute('data-status')).toBe('error');
    expect(result.getAttribute('data-error-code')).toBe(c.expect);
    expect(result.textContent).toContain(c.expect);
    const error = decodeInput(c.input, FIXTURE_NOW).items[0]?.decoded.error;
    // The sentence, not only the code: what a user reads to learn what is wrong.
    if (error) expect(result.textContent).toContain(translate(error.message, 'en', catalogue));
  });
});
