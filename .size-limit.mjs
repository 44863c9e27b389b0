// `npm run size`: size-limit measures every budget of budgets.mjs (where they are declared, with their
// headroom) on the real build, min+gzip, peers excluded (size-limit leaves out every peer dependency).
import { BUDGETS, localeBudget } from './budgets.mjs';

/**
 * Every locale the built locales entry exports (`fr`, `ptBR`…): one row each, the React parts plus that
 * locale. `npm run size` and the bundle test build `dist/` before they read this file.
 */
const localeNames = Object.keys(await import('./dist/locales.js'));

/** The size-limit row measuring one budget. */
const row = (budget) => ({
  name: budget.name,
  import: budget.import,
  ignore: ['react/jsx-runtime'],
  gzip: true,
  limit: `${budget.limitBytes} B`,
  // Text as UTF-8, as the bundlers apps use (Vite, Rollup, webpack with terser) write it; esbuild's own
  // default would write every non-ASCII character of the locales as a six-byte \uXXXX escape.
  modifyEsbuildConfig: (config) => ({ ...config, charset: 'utf8' }),
});

// size-limit cannot measure a difference, so a locale row holds the sum to the React parts' budget plus
// what a locale may add; test/bundle.test.ts checks the difference itself. Most of a locale object is
// its key names, which the app already ships.
export default [...Object.values(BUDGETS), ...localeNames.map(localeBudget)].map(row);
