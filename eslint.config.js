// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The engine is pure: no browser API, no React (../shared/style.md). Adapters are named *-adapter.ts. */
const engineRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'react', message: 'lib/ is the pure engine: no React here.' },
        {
          name: 'wxt/browser',
          message: 'lib/ is pure: put browser calls in an *-adapter.ts file.',
        },
        { name: '#imports', message: 'lib/ is pure: put browser calls in an *-adapter.ts file.' },
      ],
      patterns: [
        {
          group: ['@/components/*', '@/entrypoints/*'],
          message: 'lib/ must not depend on UI code.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'browser', message: 'lib/ is pure: put browser calls in an *-adapter.ts file.' },
    { name: 'chrome', message: 'lib/ is pure: put browser calls in an *-adapter.ts file.' },
  ],
};

/**
 * The Public Suffix List (tldts, ~100 KB gzip) stays in background code (lib/capture/site.ts): the
 * background writes each snapshot's registrable domain, so the engine and the UI never load it.
 */
const noSuffixList = {
  name: 'tldts',
  message: 'Read snapshot.site.registrableDomain instead: the suffix list stays in lib/capture.',
};
const [engineImportLevel, engineImportOptions] = engineRestrictions['no-restricted-imports'];

export default tseslint.config(
  // test/lab/.build holds the lab's bundled SDKs (bundle.mjs): generated, gitignored.
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test/lab/.build/**'],
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
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*-adapter.ts', 'lib/messaging.ts'],
    rules: engineRestrictions,
  },
  {
    files: ['lib/analyze/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        engineImportLevel,
        { ...engineImportOptions, paths: [...engineImportOptions.paths, noSuffixList] },
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [noSuffixList] }] },
  },
);
