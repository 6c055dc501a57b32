// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Folders are runtimes (README, "Layout"): lib/engine is pure, lib/background runs in the service
 * worker, lib/client and components in the extension pages, and lib/platform is the only place that
 * calls a browser API. Each folder lists what it must not reach.
 */
const browserApi = [
  { name: 'wxt/browser', message: 'Browser calls live in lib/platform.' },
  { name: '#imports', message: 'Browser calls live in lib/platform.' },
  { name: 'wxt/utils/storage', message: 'Browser calls live in lib/platform.' },
  { name: '@webext-core/messaging', message: 'Browser calls live in lib/platform.' },
];
const browserGlobals = [
  { name: 'browser', message: 'Browser calls live in lib/platform.' },
  { name: 'chrome', message: 'Browser calls live in lib/platform.' },
];
const react = { name: 'react', message: 'React belongs to components/.' };

/**
 * The Public Suffix List (tldts, ~100 KB gzip) stays in the background
 * (lib/background/registrable-domain.ts): it writes each snapshot's registrable domain, so the
 * engine and the pages never load it.
 */
const noSuffixList = {
  name: 'tldts',
  message: 'Read snapshot.site.registrableDomain instead: the suffix list stays in lib/background.',
};

/**
 * One folder's boundary: the modules and folders it must not import, and no browser globals. A
 * folder is named by its alias (`@/lib/client/…`), by any path through it, and by the relative
 * paths a neighbour writes (`../client/…`, `../../client/…`).
 */
function boundary(files, { paths = [], folders = [], globals = browserGlobals }) {
  const patterns = folders.map((folder) => {
    const last = folder.split('/').pop();
    return {
      group: [`@/${folder}/*`, `**/${folder}/*`, `../${last}/*`, `../../${last}/*`],
      message: `${files[0].split('/**')[0]} must not depend on ${folder}.`,
    };
  });
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { paths, patterns }],
      'no-restricted-globals': ['error', ...globals],
    },
  };
}

export default tseslint.config(
  // Builds (.output, and .output-* from TOKKI_OUT_DIR) and test/lab/.build (the lab's bundled
  // SDKs) are generated and gitignored.
  {
    ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test/lab/.build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page data is hostile: render as text.' },
        { property: 'outerHTML', message: 'Page data is hostile: render as text.' },
        { property: 'insertAdjacentHTML', message: 'Page data is hostile: render as text.' },
        { property: 'createContextualFragment', message: 'Page data is hostile: render as text.' },
        { object: 'document', property: 'write', message: 'Page data is hostile: render as text.' },
        {
          object: 'document',
          property: 'writeln',
          message: 'Page data is hostile: render as text.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page data is hostile: render as text, never as HTML.',
        },
        {
          // The same prop passed without JSX: createElement('div', { dangerouslySetInnerHTML }).
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Page data is hostile: render as text, never as HTML.',
        },
        {
          // `el[prop] = …` with a computed HTML sink name slips past no-restricted-properties.
          selector:
            'MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: 'Page data is hostile: render as text.',
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  boundary(['lib/engine/**/*.ts'], {
    paths: [...browserApi, react, noSuffixList],
    folders: ['lib/background', 'lib/client', 'lib/platform', 'components', 'entrypoints'],
  }),
  boundary(['lib/background/**/*.ts'], {
    paths: [...browserApi, react],
    folders: ['lib/client', 'components', 'entrypoints'],
  }),
  boundary(['lib/client/**/*.ts'], {
    paths: [...browserApi, react, noSuffixList],
    folders: ['lib/background', 'components', 'entrypoints'],
  }),
  boundary(['lib/platform/**/*.ts'], {
    paths: [react, noSuffixList],
    folders: ['lib/background', 'lib/client', 'components', 'entrypoints'],
    globals: [],
  }),
  boundary(['components/**/*.ts', 'components/**/*.tsx'], {
    paths: [...browserApi, noSuffixList],
    folders: ['lib/background', 'entrypoints'],
  }),
  boundary(['entrypoints/**/*.ts', 'entrypoints/**/*.tsx'], {
    paths: browserApi.filter((item) => item.name !== '#imports'),
    folders: [],
  }),
);
