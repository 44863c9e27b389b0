/** One size budget: what an app imports (names per built file, as size-limit's `import` takes them) and its limit. */
export interface Budget {
  /** The row's name in `npm run size`. */
  readonly name: string;
  /** Names per built file: `{ 'dist/index.js': '{ parseCallRecord }' }`, or `'*'` for everything. */
  readonly import: Readonly<Record<string, string>>;
  /** The most it may cost, min+gzip, in bytes. */
  readonly limitBytes: number;
}

/**
 * The budgets of whole imports: the React parts, `react-call-records/core`, `parseCallRecord` alone,
 * the hook of `react-call-records/nim` and the `CallLog` component.
 *
 * @example
 * BUDGETS.core.limitBytes; // 17000
 */
export declare const BUDGETS: {
  readonly reactParts: Budget;
  readonly core: Budget;
  readonly callLog: Budget;
  readonly parseCallRecordAlone: Budget;
  readonly nim: Budget;
};

/**
 * What one opt-in locale may add to the React parts, in bytes (min+gzip).
 *
 * @example
 * LOCALE_ADDED_LIMIT_BYTES; // 650
 */
export declare const LOCALE_ADDED_LIMIT_BYTES: number;

/**
 * The budget of the React parts plus the opt-in locale exported as `localeName`.
 *
 * @example
 * localeBudget('fr').limitBytes; // 17150
 */
export declare function localeBudget(localeName: string): Budget;
