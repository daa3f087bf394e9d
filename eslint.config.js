// ESLint flat config. typescript-eslint's recommended rules are the syntactic ones only: its
// type-aware rules need TypeScript's JavaScript API, which the project's TypeScript 7 does not have
// (typescript-eslint itself runs on the TypeScript 6.0 of scripts/lint). Import cycles in server/ are
// checked by scripts/lint/check-cycles.js; `npm run lint` runs Prettier, ESLint and that check.
import js from '@eslint/js';
import { tseslint } from '@pydotorg-admin/lint';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // `_`-prefixed names are unused on purpose: an Express error handler's 4th argument, a prop a
      // component takes only for react-admin's label, a field dropped by `{ field: _x, ...rest }`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Hooks live in .ts files too (useElapsed.ts, useRenderedMarkup.ts, ...).
    files: ['admin/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
);
