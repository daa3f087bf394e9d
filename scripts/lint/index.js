// typescript-eslint, resolved here, beside the TypeScript 6.0 it parses with (see package.json).
// eslint.config.js at the root imports it from this package, never by its own name: from the root,
// `typescript` is the project's TypeScript 7, which has no JavaScript API.
import { createRequire } from 'node:module';

// Every part of typescript-eslint must see TypeScript 6. ts-api-utils would be hoisted to the root,
// beside TypeScript 7, without the root package.json's `overrides`: say so rather than crash in it.
const fromHere = createRequire(import.meta.url);
const fromPlugin = createRequire(fromHere.resolve('@typescript-eslint/eslint-plugin'));
const seen = createRequire(fromPlugin.resolve('ts-api-utils'))('typescript');
if (typeof seen.SyntaxKind !== 'object') {
  throw new Error(
    `ts-api-utils resolves TypeScript ${seen.version}, which has no JavaScript API: it must be installed under scripts/lint/node_modules ` +
      '(the "overrides" entry for ts-api-utils in package.json); run npm install.',
  );
}

export const { default: tseslint } = await import('typescript-eslint');
