import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/chromium.ts';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Stories and tests import from "wellread", as a site does; here it resolves to src/.
const alias = [
  { find: /^wellread$/, replacement: src('index.ts') },
  { find: /^wellread\/(.*)\.css$/, replacement: src('$1/index.css') },
  { find: /^wellread\/(.*)$/, replacement: src('$1/index.ts') },
];

function storiesIn(name: string, initialGlobals: Record<string, string>) {
  return {
    extends: true as const,
    plugins: [
      storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)), initialGlobals }),
    ],
    test: {
      name,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.ssr.test.{ts,tsx}', 'tests/package/**', 'tests/consumers/**', 'tests/hostile/**'],
          setupFiles: ['tests/setup/jsdom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/**/*.ssr.test.{ts,tsx}'],
          exclude: ['tests/consumers/**'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'hostile',
          environment: 'jsdom',
          include: ['tests/hostile/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/jsdom.ts'],
        },
      },
      // Every story runs as a test in Chromium with axe, once per theme and direction.
      storiesIn('storybook', {}),
      storiesIn('storybook-dark', { theme: 'dark' }),
      storiesIn('storybook-rtl', { dir: 'rtl' }),
    ],
  },
});
