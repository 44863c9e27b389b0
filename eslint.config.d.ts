// Types of eslint.config.js for the tests that read its declarations.

/** The folders of `src/`, bottom up, in the order data flows (each imports only from those before it). */
export declare const FOLDERS_BOTTOM_UP: readonly string[];

declare const config: readonly unknown[];
export default config;
