// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { useSettings } from '@/components/shared/use-settings';

describe('ValueText', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('security: renders markup as text inside a direction-isolating <bdi>', () => {
    const { container } = render(<ValueText value={'<img src=x onerror=alert(1)>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('bdi')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('security: marks invisible characters so look-alikes differ', () => {
    const { container } = render(
      <>
        <ValueText value="sid" />
        <ValueText value={'s\u200Bid'} />
      </>,
    );
    const [a, b] = [...container.querySelectorAll('bdi')].map((e) => e.textContent);
    expect(a).toBe('sid');
    expect(b).toBe('s⟨U+200B⟩id');
    expect(container.querySelector('[data-invisible="U+200B"]')?.getAttribute('title')).toBe(
      'U+200B',
    );
  });

  it('cuts a long value and shows the rest on "show all", in Korean too', () => {
    const value = `${'a'.repeat(300)}END`;
    const { container } = render(<ValueText value={value} maxChars={50} />);
    expect(container.textContent).not.toContain('END');
    fireEvent.click(screen.getByRole('button', { name: 'Show all (303 characters)' }));
    expect(container.querySelector('bdi')?.textContent).toBe(value);
    fireEvent.click(screen.getByRole('button', { name: 'Show less' }));
    expect(container.textContent).not.toContain('END');
    cleanup();
    useSettings.setState({ lang: 'ko', loaded: true });
    render(<ValueText value={value} maxChars={50} />);
    expect(screen.getByRole('button', { name: '전체 보기 (303자)' })).toBeTruthy();
  });

  it('"show all" inside a clickable row does not also click the row', () => {
    const onRow = vi.fn();
    render(
      <div onClick={onRow}>
        <ValueText value={'x'.repeat(500)} />
      </div>,
    );
    fireEvent.click(screen.getByTestId('value-show-all'));
    expect(onRow).not.toHaveBeenCalled();
  });

  it('without a button (inside another button), says how long the whole value is', () => {
    const { container } = render(<ValueText value={'x'.repeat(500)} expandable={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.textContent).toContain('[500]');
  });
});

describe('Text with page-made parameters', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('security: an override in a parameter is marked and cannot reverse the sentence', () => {
    const { container } = render(
      <Text msg={{ key: 'ui.mask.revealLabel', params: { name: 'gpj.\u202Eexe' } }} />,
    );
    expect(container.textContent).toContain('gpj.⟨U+202E⟩exe');
    expect(container.textContent).not.toContain('\u202E');
  });

  it('security: right-to-left text in a parameter is isolated', () => {
    const { container } = render(
      <Text msg={{ key: 'ui.mask.revealLabel', params: { name: '\u05E9\u05DC\u05D5\u05DD' } }} />,
    );
    expect(container.textContent).toContain('\u2068\u05E9\u05DC\u05D5\u05DD\u2069');
  });
});
