// @vitest-environment happy-dom
/**
 * The workbench page: its sections picked by the address and by the keyboard, the panel's Decoder
 * working with no site, and a selection handed over by "Decode with Tokki" landing in it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetPanel } from '@/components/panel/panel-store';
import { useSettings } from '@/components/shared/use-settings';
import { WorkbenchApp } from '@/components/workbench/workbench-app';
import { parseWorkbenchHash, workbenchHash } from '@/lib/platform/workbench-tab';
import { FIXTURE_NOW } from '@/test/fixtures/engine-reports';
import { tokens } from '@/test/fixtures/tokens';

function open(hash: string, handoff?: Promise<string | undefined>) {
  history.replaceState(null, '', `/workbench.html${hash}`);
  return render(<WorkbenchApp now={FIXTURE_NOW} {...(handoff ? { handoff } : {})} />);
}

const selected = () => screen.getByRole('tab', { selected: true }).getAttribute('data-section');
const shownSection = () =>
  [...document.querySelectorAll('[role="tabpanel"]')]
    .filter((el) => !(el as HTMLElement).hidden)
    .map((el) => el.id);

describe('workbench sections', () => {
  beforeEach(() => {
    resetPanel();
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(cleanup);

  it.each([
    ['', 'decoder'],
    ['#decoder', 'decoder'],
    ['#har', 'har'],
    ['#learn', 'learn'],
    ['#nonsense', 'decoder'],
  ])('the address %s opens the %s section', (hash, section) => {
    open(hash);
    expect(selected()).toBe(section);
    expect(shownSection()).toEqual([`tw-section-${section}`]);
  });

  it('holds the test contract: the Decoder and the HAR file input', () => {
    open('#decoder');
    expect(screen.getByTestId('decoder-input')).toBeTruthy();
    expect(screen.getByTestId('decoder-result')).toBeTruthy();
    const file = screen.getByTestId('har-input') as HTMLInputElement;
    expect(file.type).toBe('file');
  });

  it('moves between sections with arrows, Home and End, one tab stop, and says so in the address', () => {
    open('#decoder');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(selected()).toBe('har');
    expect(document.activeElement?.getAttribute('data-section')).toBe('har');
    expect(location.hash).toBe('#har');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(selected()).toBe('learn');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(selected()).toBe('decoder');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(selected()).toBe('learn');
    expect(screen.getAllByTestId('learn-topic').length).toBeGreaterThan(3);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(selected()).toBe('decoder');
    expect(location.hash).toBe('#decoder');
  });

  it('follows a hash changed later', () => {
    open('#decoder');
    act(() => {
      history.replaceState(null, '', '#learn');
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(selected()).toBe('learn');
  });

  it('decodes a pasted JWT with no site at all', () => {
    open('#decoder');
    act(() =>
      fireEvent.change(screen.getByTestId('decoder-input'), { target: { value: tokens.hs256 } }),
    );
    const result = screen.getByTestId('decoder-result');
    expect(result.getAttribute('data-status')).toBe('ok');
    expect(result.querySelector('[data-format="jws"]')).not.toBeNull();
  });

  it('Learn, with no site, teaches from the demo and textbook examples only', () => {
    open('#learn');
    const sources = screen
      .getAllByTestId('learn-example')
      .map((e) => e.getAttribute('data-source'));
    expect(sources.length).toBeGreaterThan(3);
    expect(sources).not.toContain('site');
  });

  it('speaks Korean when chosen', () => {
    useSettings.setState({ lang: 'ko' });
    open('#decoder');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      '디코더',
      'HAR 가져오기',
      '배우기',
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('토끼 작업대');
    expect(document.title).toBe('토끼 작업대');
  });
});

describe('a selection handed over by the context menu', () => {
  beforeEach(() => {
    resetPanel();
    useSettings.setState({ lang: 'en', loaded: true });
  });
  afterEach(cleanup);

  it('lands in the Decoder, decoded, and the one-time id leaves the address', async () => {
    const handoff = Promise.resolve<string | undefined>(tokens.hs256);
    open('#decoder&handoff=0b7a0c1e-5a4f-4d57-9d6b-0d1f3f0e2a11', handoff);
    await act(() => handoff);
    expect((screen.getByTestId('decoder-input') as HTMLTextAreaElement).value).toBe(tokens.hs256);
    expect(screen.getByTestId('decoder-result').getAttribute('data-status')).toBe('ok');
    expect(screen.getByTestId('handoff').getAttribute('data-state')).toBe('received');
    expect(location.hash).toBe('#decoder');
  });

  it('says so when the text is gone (already read, or too late), and leaves the Decoder empty', async () => {
    const handoff = Promise.resolve<string | undefined>(undefined);
    open('#decoder&handoff=used', handoff);
    await act(() => handoff);
    const note = screen.getByTestId('handoff');
    expect(note.getAttribute('data-state')).toBe('missing');
    expect(note.getAttribute('role')).toBe('alert');
    expect(note.textContent).toContain('no longer available');
    expect((screen.getByTestId('decoder-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('a failed request for it reads as gone, not as a crash', async () => {
    const handoff = Promise.reject<string | undefined>(new Error('Could not establish connection'));
    handoff.catch(() => undefined);
    open('#decoder&handoff=x', handoff);
    await act(async () => {
      await handoff.catch(() => undefined);
    });
    expect(screen.getByTestId('handoff').getAttribute('data-state')).toBe('missing');
  });
});

describe('workbench address', () => {
  it.each([
    [{ section: 'decoder' as const }, '#decoder'],
    [{ section: 'har' as const }, '#har'],
    [{ section: 'decoder' as const, handoff: 'a b&c' }, '#decoder&handoff=a%20b%26c'],
  ])('%o round-trips as %s', (route, hash) => {
    expect(workbenchHash(route)).toBe(hash);
    expect(parseWorkbenchHash(hash)).toEqual(route);
  });

  it('reads an empty or unknown hash as the Decoder, with no handoff', () => {
    expect(parseWorkbenchHash('')).toEqual({ section: 'decoder' });
    expect(parseWorkbenchHash('#learn&handoff=')).toEqual({ section: 'learn' });
  });
});
