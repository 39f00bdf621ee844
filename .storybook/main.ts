import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^wellread$/, replacement: src('index.ts') },
          { find: /^wellread\/(.*)\.css$/, replacement: src('$1/index.css') },
          { find: /^wellread\/(.*)$/, replacement: src('$1/index.ts') },
        ],
      },
      build: {
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          onwarn(warning: { code?: string; message: string }, warn: (w: { code?: string; message: string }) => void) {
            // Our client modules start with "use client"; Vite warns about that one directive.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
