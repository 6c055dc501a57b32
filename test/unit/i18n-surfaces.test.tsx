// @vitest-environment happy-dom
/**
 * The popup ships only the shared messages (lib/engine/i18n/shared-catalogue.ts); the panel
 * provides the whole catalogue at its root. These tests render the popup with its own messages
 * and check what a popup user would see: real words, never a raw message key.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Catalogue } from '@/lib/engine/i18n/entry';
import { panelCatalogue } from '@/lib/engine/i18n/panel-catalogue';
import { sharedCatalogue } from '@/lib/engine/i18n/shared-catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import type { Report } from '@/lib/engine/model/report';
import { emptySnapshot, type Snapshot } from '@/lib/engine/model/snapshot';
import { bearer, cookie, goodClaims, jwt, NOW, SITE, snap, stored } from './engine/analyze/helpers';

/** A text that is an untranslated catalogue key (`verdict.summary.token`): translate's fallback. */
const RAW_KEY = /^(?:ui|verdict|finding|capture|time|analysis|panel|claim|learn|decode)\.[\w.-]+$/;

/** Every text node of `root` that shows a message key instead of a sentence. */
function rawKeysIn(root: Node): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (RAW_KEY.test(text)) found.push(text);
  }
  return found;
}

const snapshotDirs = ['', 'recorded'].map((sub) =>
  join(import.meta.dirname, '../fixtures/snapshots', sub),
);
const recorded: (readonly [string, Snapshot])[] = snapshotDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Snapshot] as const),
);

/** Snapshots that reach the rarer verdict lines, findings and token states. */
const built: (readonly [string, Snapshot])[] = [
  [
    'many kinds',
    snap({
      cookies: [
        cookie({ name: 'JSESSIONID', value: 'A1B2C3D4E5F6A7B8C9D0', httpOnly: false }),
        cookie({ name: 'refresh_token', value: jwt(goodClaims({ typ: 'Refresh' })) }),
      ],
      storage: [
        stored('access_token', jwt(goodClaims())),
        stored('expired', jwt({ sub: 'a', iat: 1, exp: 3 })),
        stored('none', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.'),
      ],
      requests: [
        bearer(`${SITE}/api`, jwt(goodClaims({ nbf: Math.floor(NOW / 1000) + 9999 }))),
        bearer(`${SITE}/api`, 'not-a-jwt-but-opaque-token-1234567890'),
      ],
    }),
  ],
  ['nothing', snap()],
  [
    'unreadable',
    {
      ...emptySnapshot('https://app.example.com/', NOW),
      unavailable: [
        { what: 'site-access', reason: 'no-host-permission', detail: 'https://app.example.com' },
        { what: 'storage', reason: 'script-failed' },
        { what: 'requests', reason: 'not-captured-yet' },
        { what: 'page', reason: 'background-unreachable' },
      ],
    },
  ],
  [
    'restricted',
    {
      ...emptySnapshot('chrome://settings/', NOW),
      unavailable: [{ what: 'page', reason: 'restricted-page' }],
    },
  ],
];

/** Fresh copies of the popup's modules, as the popup page loads them. */
async function loadPopup() {
  vi.resetModules();
  const [{ PopupView }, { PopupApp }, { useSettings }, { analyze }] = await Promise.all([
    import('@/components/popup/popup-view'),
    import('@/components/popup/popup-app'),
    import('@/components/shared/use-settings'),
    import('@/lib/engine/analyze/analyze'),
  ]);
  useSettings.setState({ lang: 'both', loaded: true });
  return { PopupView, PopupApp, analyze };
}

describe('the popup shows words, not message keys, with only its own messages loaded', () => {
  afterEach(cleanup);

  it.each([...recorded, ...built])('%s', async (_name, snapshot) => {
    const { PopupView, analyze } = await loadPopup();
    const report: Report = analyze(snapshot, NOW);
    const { container } = render(
      <PopupView
        report={report}
        now={NOW}
        onRequestAccess={async () => true}
        onOpenInspector={() => {}}
      />,
    );
    await act(async () => {});
    expect(container.textContent).not.toBe('');
    expect(rawKeysIn(container)).toEqual([]);
  });

  it('in its loading and error states too', async () => {
    const { PopupApp } = await loadPopup();
    const source = {
      fetchSnapshot: () => new Promise<Snapshot>(() => {}),
      watchTab: () => () => {},
      analyze: () => {
        throw new Error('boom');
      },
    };
    const loading = render(
      <PopupApp
        tabId={Promise.resolve(3)}
        source={source}
        requestSiteAccess={async () => true}
        openInspector={async () => {}}
      />,
    );
    await act(async () => {});
    expect(loading.getByTestId('state-loading').textContent).not.toBe('');
    expect(rawKeysIn(loading.container)).toEqual([]);
    cleanup();
    const failing = render(
      <PopupApp
        tabId={Promise.resolve(undefined)}
        source={source}
        requestSiteAccess={async () => true}
        openInspector={async () => {}}
      />,
    );
    await act(async () => {});
    expect(failing.getByTestId('state-error').textContent).not.toBe('');
    expect(rawKeysIn(failing.container)).toEqual([]);
  });
});

describe('panel messages', () => {
  it('are unknown to the shared catalogue the popup translates with, and known to the whole one', () => {
    const claim = { key: 'claim.exp' } as const;
    // @ts-expect-error: the shared catalogue has no inspector sentence, and its type says so.
    expect(translate(claim, 'en')).toBe('claim.exp');
    expect(translate(claim, 'en', catalogue)).not.toBe('claim.exp');
    expect(translate(claim, 'ko', catalogue)).toMatch(/만료/);
    // The shared messages are in both.
    expect(translate({ key: 'ui.appName' }, 'ko')).toBe('토끼');
    expect(translate({ key: 'ui.appName' }, 'ko', catalogue)).toBe('토끼');
  });

  it('cannot be added to or changed at run time', () => {
    for (const messages of [sharedCatalogue, panelCatalogue, catalogue]) {
      expect(Object.isFrozen(messages)).toBe(true);
      expect(() => {
        (messages as Record<string, unknown>)['x.added'] = { ko: '', en: '' };
      }).toThrow(TypeError);
      for (const entry of Object.values(messages)) expect(Object.isFrozen(entry)).toBe(true);
    }
  });
});

describe('the two catalogues', () => {
  it('hold every message file, each entry once', async () => {
    const dir = join(import.meta.dirname, '../../lib/engine/i18n/messages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const module = (await import(/* @vite-ignore */ join(dir, file))) as Record<
        string,
        Catalogue
      >;
      for (const messages of Object.values(module)) {
        for (const key of Object.keys(messages)) {
          const inShared = Object.hasOwn(sharedCatalogue, key);
          const inPanel = Object.hasOwn(panelCatalogue, key);
          expect(inShared || inPanel, `${file}: ${key}`).toBe(true);
          expect(inShared && inPanel, `${file}: ${key} in both`).toBe(false);
        }
      }
    }
  });

  it('make up the whole catalogue, nothing more', () => {
    expect(Object.keys(catalogue).sort()).toEqual(
      [...Object.keys(sharedCatalogue), ...Object.keys(panelCatalogue)].sort(),
    );
  });
});

const ROOT = join(import.meta.dirname, '../..');

/** The file a project import names (`@/…` or relative), or undefined for a package. */
function resolveImport(spec: string, from: string): string | undefined {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? join(dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every project file a page loads from `entry`, following value imports (types are erased). */
function modulesOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    const specs = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      const resolved = resolveImport(spec, file);
      if (resolved) visit(resolved);
    }
  };
  visit(join(ROOT, entry));
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('the popup page', () => {
  it('loads the shared sentences and never the inspector’s, which the panel page loads', () => {
    const popup = modulesOf('entrypoints/popup/main.tsx');
    const panel = modulesOf('entrypoints/devtools-panel/main.tsx');
    expect(popup).toContain('lib/engine/i18n/shared-catalogue.ts');
    expect(popup).not.toContain('lib/engine/i18n/panel-catalogue.ts');
    expect(panel).toContain('lib/engine/i18n/panel-catalogue.ts');
  });
});
