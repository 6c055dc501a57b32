// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaskedValue, REVEAL_PREVIEW_CHARS } from '@/components/shared/masked-value';
import { useSettings } from '@/components/shared/use-settings';

const SECRET = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';

describe('MaskedValue', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('security: does not put the value on screen until revealed', () => {
    const { container } = render(<MaskedValue value={SECRET} name="access_token" />);
    expect(container.textContent).not.toContain(SECRET);
    expect(container.textContent).toContain(`${SECRET.length} characters`);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the value of access_token' }));
    expect(container.textContent).toContain(SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the value of access_token' }));
    expect(container.textContent).not.toContain(SECRET);
  });

  it('security: reveals values one by one', () => {
    render(
      <>
        <div data-testid="a">
          <MaskedValue value="first-secret-value" name="a" />
        </div>
        <div data-testid="b">
          <MaskedValue value="second-secret-value" name="b" />
        </div>
      </>,
    );
    fireEvent.click(within(screen.getByTestId('a')).getByRole('button', { name: /Reveal/ }));
    expect(screen.getByTestId('a').textContent).toContain('first-secret-value');
    expect(screen.getByTestId('b').textContent).not.toContain('second-secret-value');
  });

  it('copies the raw value and the decoded JSON', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(
      <MaskedValue
        value={SECRET}
        name="jwt"
        decoded={{ header: { alg: 'HS256' }, payload: { sub: 'demo' } }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the raw value of jwt' }));
    await waitFor(() => expect(write).toHaveBeenLastCalledWith(SECRET));
    expect(await screen.findByText('Copied')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the decoded JSON of jwt' }));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    expect(JSON.parse(String(write.mock.calls[1]?.[0]))).toEqual({
      header: { alg: 'HS256' },
      payload: { sub: 'demo' },
    });
  });

  it('says so when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<MaskedValue value="v" name="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the raw value of x' }));
    expect(await screen.findByText('Could not copy')).toBeTruthy();
  });

  it('offers no JSON copy for a value that has no decoded form', () => {
    render(<MaskedValue value="opaque" name="sid" />);
    expect(screen.queryByRole('button', { name: /decoded JSON/ })).toBeNull();
  });

  it('truncates a huge revealed value until "show all"', () => {
    const huge = 'A'.repeat(REVEAL_PREVIEW_CHARS * 50);
    const { container } = render(<MaskedValue value={huge} name="big" />);
    fireEvent.click(screen.getByRole('button', { name: /Reveal/ }));
    const shown = () => container.querySelector('code')?.textContent ?? '';
    expect(shown().length).toBeLessThan(REVEAL_PREVIEW_CHARS + 2);
    fireEvent.click(screen.getByRole('button', { name: `Show all (${huge.length} characters)` }));
    expect(shown()).toBe(huge);
  });

  it('security: shows a hostile value as text, direction-isolated, the override marked', () => {
    const hostile = '<script>alert(1)</script>\u202Eevil';
    const { container } = render(<MaskedValue value={hostile} name="x" />);
    fireEvent.click(screen.getByRole('button', { name: /Reveal/ }));
    expect(container.querySelector('script')).toBeNull();
    // The override is shown as a mark, not applied: nothing is left to reverse "evil".
    expect(container.querySelector('bdi')?.textContent).toBe(
      '<script>alert(1)</script>⟨U+202E⟩evil',
    );
    expect(container.querySelector('bdi')?.textContent).not.toContain('\u202E');
    expect(container.querySelector('[data-invisible="U+202E"]')).not.toBeNull();
  });
});
