// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BEARER, bearerReport } from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

describe('Export', () => {
  afterEach(cleanup);

  it('security: previews a masked report by default', () => {
    renderPanel(bearerReport, 'export');
    const preview = screen.getByTestId('export-preview');
    expect(preview.getAttribute('data-masked')).toBe('true');
    expect(preview.textContent).toContain('# Tokki report');
    expect(preview.textContent).not.toContain(BEARER.refresh);
    expect(preview.textContent).not.toContain(BEARER.access);
  });

  it('switches to JSON', () => {
    renderPanel(bearerReport, 'export');
    act(() => fireEvent.click(screen.getByRole('radio', { name: 'JSON' })));
    const preview = screen.getByTestId('export-preview');
    expect(JSON.parse(preview.textContent!)).toMatchObject({
      masked: true,
      report: { verdict: { kind: 'token' } },
    });
  });

  it('includes real values only after the user unmasks, and warns', () => {
    renderPanel(bearerReport, 'export');
    expect(screen.queryByTestId('export-unmasked-warning')).toBeNull();
    act(() => fireEvent.click(screen.getByTestId('export-unmask')));
    expect(screen.getByTestId('export-unmasked-warning')).toBeTruthy();
    expect(screen.getByTestId('export-preview').textContent).toContain(BEARER.refresh);
  });
});
