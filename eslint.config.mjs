import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** lib/ never reaches up into the app's routes or components. */
const LIB_UP = {
  regex: '^(@/(app|components)(/|$)|(\\.\\./)+(app|components)(/|$))',
  message: 'lib/ never imports app/ or components/.',
};
/** lib/ stays free of Next (the store's route helpers, lib/data/route.ts and lookup.ts, aside). */
const LIB_NEXT = {
  regex: '^next(/|$)',
  message:
    'lib/ never imports next; only the store route helpers (lib/data/route.ts, lookup.ts) may.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'artifacts/**', 'tmp/**', 'next-env.d.ts'] },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The arrows of docs/architecture.md, enforced. A later block replaces an earlier one's
  // no-restricted-imports for the files it names, so each block lists everything it forbids.
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/data/route.ts', 'lib/data/lookup.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LIB_UP, LIB_NEXT] }] },
  },
  {
    files: ['lib/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@/lib/model$|\\./)',
              message: 'lib/analysis is pure: it imports only lib/model and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/lib/data(/|$)',
              message: 'Components render what pages hand them; only app/ reads the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/url/routes.ts', 'lib/data/**', 'lib/csv/**', 'lib/security/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateLiteral[quasis.0.value.raw=/^\\u002F/]',
          message: 'Build a link with the route builders of lib/url/routes.ts.',
        },
      ],
    },
  },
];

export default config;
