// Size budgets of the package as users bundle it: minified and gzipped, peers excluded (size-limit
// leaves out every peer dependency), 1 kB = 1,000 B. `npm run size` checks them; `npm test` checks the
// same rows on the real build (test/bundle.test.ts), which also holds these limits to the budgets
// issue 13 set, so loosening a limit here fails the tests.
import { existsSync } from 'node:fs';

/** The opt-in locales entry (`react-call-records/locales`), once src/locales.ts exists and is built. */
const LOCALES_ENTRY = new URL('./dist/locales.js', import.meta.url);

/** Every locale the locales entry exports (`fr`, `ptBR`…): one budget row each. */
const localeNames = existsSync(LOCALES_ENTRY) ? Object.keys(await import(LOCALES_ENTRY.href)) : [];

/** A row: what an app imports, where from, and its budget. */
const row = (name, path, imported, limit) => ({
  name,
  path,
  import: imported,
  ignore: ['react/jsx-runtime'],
  gzip: true,
  limit,
});

export default [
  row(
    'CallRecordBubble + CallRecordProvider + useCallRecords',
    'dist/index.js',
    '{ CallRecordBubble, CallRecordProvider, useCallRecords }',
    '12 kB',
  ),
  row('react-call-records/core (import *)', 'dist/core.js', '*', '8 kB'),
  row('parseCallRecord alone', 'dist/index.js', '{ parseCallRecord }', '3 kB'),
  ...localeNames.map((name) =>
    row(`locale ${name} (react-call-records/locales)`, 'dist/locales.js', `{ ${name} }`, '0.5 kB'),
  ),
];
