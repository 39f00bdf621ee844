import { beforeAll } from 'vitest';

// Server rendering must not depend on DOM globals; fail loudly if a setup leaks them.
beforeAll(() => {
  for (const name of ['window', 'document', 'localStorage', 'navigator.clipboard']) {
    const [root, child] = name.split('.') as [string, string | undefined];
    const value = (globalThis as Record<string, unknown>)[root];
    if (child ? value && (value as Record<string, unknown>)[child] : value) {
      throw new Error(`The server test environment must not define ${name}.`);
    }
  }
});
