// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageSwitch } from '@/components/shared/language-switch';
import { Text } from '@/components/shared/text';
import { useSettings } from '@/components/shared/use-settings';

describe('Text and LanguageSwitch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(cleanup);

  it('renders a message in the chosen language with its lang attribute', () => {
    const { container } = render(<Text msg={{ key: 'ui.tokens.heading' }} />);
    expect(container.textContent).toBe('Tokens');
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
    act(() => useSettings.setState({ lang: 'ko' }));
    expect(container.textContent).toBe('토큰');
  });

  it('renders both languages side by side, each marked for screen readers', () => {
    useSettings.setState({ lang: 'both' });
    const { container } = render(<Text msg={{ key: 'ui.state.none.title' }} />);
    expect(container.querySelector('[lang="ko"]')?.textContent).toBe(
      '로그인 흔적을 찾지 못했습니다',
    );
    expect(container.querySelector('[lang="en"]')?.textContent).toBe('No login credential found');
  });

  it('security: renders markup in parameters as text', () => {
    const { container } = render(
      <Text msg={{ key: 'ui.state.manyCookies', params: { n: '<img src=x onerror=alert(1)>' } }} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches language in one click and shows which one is on', async () => {
    render(
      <>
        <LanguageSwitch />
        <Text msg={{ key: 'ui.findings.heading' }} />
      </>,
    );
    const korean = screen.getByRole('button', { name: /한국어/ });
    expect(korean.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(korean);
    expect(korean.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('발견 사항')).toBeTruthy();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { lang: 'ko' } }),
    );
  });

  it('offers ko, en and both as buttons a keyboard can reach', () => {
    render(<LanguageSwitch />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-lang'))).toEqual(['ko', 'en', 'both']);
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Language');
  });
});
