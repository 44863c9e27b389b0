// Size budgets of the package as users bundle it: minified and gzipped, peers excluded (size-limit
// leaves out every peer dependency), 1 kB = 1,000 B. `npm run size` checks them; `npm test` checks the
// same rows on the real build (test/bundle.test.ts), which also holds these limits to the budgets
// written out there, so loosening a limit here alone fails the tests.

/**
 * Every locale the built locales entry exports (`fr`, `ptBR`…): one budget row each. `npm run size`
 * and the bundle test build `dist/` before they read this file.
 */
const localeNames = Object.keys(await import('./dist/locales.js'));

/** What a chat screen imports from the main entry. */
const REACT_PARTS = '{ CallRecordBubble, CallRecordProvider, useCallRecords }';

/** A row: what an app imports (one file's names, or names per file), and its budget. */
const row = (name, imported, limit) => ({
  name,
  import: imported,
  ignore: ['react/jsx-runtime'],
  gzip: true,
  limit,
  // Text as UTF-8, as the bundlers apps use (Vite, Rollup, webpack with terser) write it; esbuild's own
  // default would write every non-ASCII character of the locales as a six-byte \uXXXX escape.
  modifyEsbuildConfig: (config) => ({ ...config, charset: 'utf8' }),
});

// A locale's cost is what it adds to an app that shows bubbles: each locale row is the React parts
// plus that one locale, held to the React parts' budget plus 0.5 kB (test/bundle.test.ts also checks
// the difference itself). Most of a locale object is its key names, which the app already ships.
export default [
  row('CallRecordBubble + CallRecordProvider + useCallRecords', { 'dist/index.js': REACT_PARTS }, '15 kB'),
  row('react-call-records/core (import *)', { 'dist/core.js': '*' }, '12 kB'),
  row('parseCallRecord alone', { 'dist/index.js': '{ parseCallRecord }' }, '3 kB'),
  ...localeNames.map((name) =>
    row(
      `CallRecordBubble + CallRecordProvider + useCallRecords + locale ${name}`,
      { 'dist/index.js': REACT_PARTS, 'dist/locales.js': `{ ${name} }` },
      '15.5 kB',
    ),
  ),
];
