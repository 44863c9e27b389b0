import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Never render HTML from data, never evaluate strings. */
const NO_HTML_OR_EVAL = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, never HTML.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

/**
 * The folders of `src/`, in the order data flows (ARCHITECTURE.md): each may import only from the
 * folders before it, so no import runs back up. The first `REACT_FREE_FOLDERS` of them are the
 * React-free core and import neither React nor styled-components.
 */
export const FOLDERS_BOTTOM_UP = [
  'record',
  'options',
  'format',
  'collect',
  'callHistory',
  'nimSource',
  'theme',
  'CallRecordProvider',
  'CallRecordBubble',
  'useCallRecords',
  'useCallLog',
  'CallLog',
  'useNimCallRecords',
];
/** The React-free folders come first, up to the first React one. */
const REACT_FREE_FOLDERS = FOLDERS_BOTTOM_UP.indexOf('CallRecordProvider');
const REACT_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'styled-components'];

/** The `no-restricted-imports` rule of one folder: nothing from a folder above it. */
function importsOfFolder(folder, index) {
  const above = FOLDERS_BOTTOM_UP.slice(index + 1).flatMap((name) => [`**/${name}`, `**/${name}/**`]);
  const patterns = [
    {
      group: above,
      message: `src/${folder}/ may import only from the folders below it (ARCHITECTURE.md).`,
    },
  ];
  if (index < REACT_FREE_FOLDERS) {
    patterns.push({
      group: REACT_PACKAGES,
      message: `src/${folder}/ is React-free: react-call-records/core imports it.`,
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

/** An identifier of one character. */
const SINGLE_LETTER = '/^[A-Za-z_$]$/';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'screenshots/', '.tmp/'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML_OR_EVAL],
    },
  },
  {
    // Code a reader can follow (issue 13): strict equality, flat conditionals.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      eqeqeq: ['error', 'always'],
      'no-nested-ternary': 'error',
    },
  },
  {
    // Names spelled out: a single letter only for a loop index or a parameter of a one-expression
    // arrow function (`(a, b) => a - b`).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_HTML_OR_EVAL,
        {
          selector: `VariableDeclarator > Identifier.id[name=${SINGLE_LETTER}]:not(ForStatement VariableDeclarator > Identifier, ForOfStatement VariableDeclarator > Identifier, ForInStatement VariableDeclarator > Identifier)`,
          message: 'Spell the name out: single letters are for loop indices and short lambdas only.',
        },
        {
          selector: `:function:not(ArrowFunctionExpression[expression=true]) > Identifier.params[name=${SINGLE_LETTER}]`,
          message: 'Spell the parameter out: single letters are for one-expression arrow functions only.',
        },
        {
          selector: `CatchClause > Identifier.param[name=${SINGLE_LETTER}]`,
          message: 'Spell the name out.',
        },
      ],
    },
  },
  ...FOLDERS_BOTTOM_UP.slice(0, -1).map(importsOfFolder),
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } },
      ],
    },
  },
);
