import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * Browser mode in headless Chromium. Launch flags and the browser lookup (CHROMIUM_PATH, Playwright's, the
 * system's) are shared with the scripts; `npm test` provides a missing Chromium first (`pretest`).
 */
function headlessChromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  plugins: [react()],
  // Bundled before the browser tests start, so Vite never reloads a test page mid-run to add them
  // (a reload would load a second React).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'styled-components',
      '@testing-library/react',
      // The chat kits of the kit stories and tests (stories/kits/, test/browser/kits.*).
      '@chatscope/chat-ui-kit-react',
      '@ant-design/x/es/bubble',
      '@ant-design/x/es/x-provider',
      'antd',
    ],
  },
  test: {
    // Generous limits for a loaded 2-core machine: a test that hangs still fails, a slow run does not.
    // No test asserts a wall-clock time (benchmarks live in bench/).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          globals: false,
        },
      },
      {
        // Tests that need a real browser page (e.g. nim-web-sdk-ng's browser build), in headless Chromium.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: headlessChromium(),
        },
      },
      {
        // Every story in stories/ runs as a test in headless Chromium; an axe violation fails it
        // (`parameters.a11y.test = 'error'` in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          browser: headlessChromium(),
        },
      },
    ],
  },
});
