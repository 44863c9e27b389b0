import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook configuration: React + Vite, the accessibility checks (run as tests by
 * addon-vitest, see `preview.tsx`) and the docs page.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
};

export default config;
