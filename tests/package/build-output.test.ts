import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { families } from '../../build/families';

/* Reads dist/ after `npm run build`: what a site's bundler and Next.js actually get. */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  peerDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
};
const dist = readdirSync('dist');
const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const DIRECTIVE = /^"use client";/;
const CLIENT_ONLY = /\b(useState|useEffect|useLayoutEffect|useReducer|useSyncExternalStore|useRef)\b/;

describe('the build', () => {
  it('has ESM, CJS and type declarations for the root, each family and the locales', () => {
    for (const name of ['index', 'locales', ...families]) {
      for (const ext of ['.js', '.cjs', '.d.ts', '.d.cts']) {
        expect(dist, `${name}${ext}`).toContain(`${name}${ext}`);
      }
    }
  });

  it('has styles.css and one stylesheet per family, each carrying the tokens', () => {
    for (const name of ['styles', ...families]) {
      const css = read(`${name}.css`);
      expect(css).toContain('@layer wellread');
      expect(css).toContain('--wr-color-text');
    }
  });

  it('exports exactly the families the build makes', () => {
    const subpaths = Object.keys(pkg.exports).sort();
    const expected = [
      '.',
      './locales',
      './package.json',
      './styles.css',
      ...families.map((f) => `./${f}`),
      ...families.map((f) => `./${f}.css`),
    ].sort();
    expect(subpaths).toEqual(expected);
  });

  it('keeps react and react-dom as peers and out of the bundle', () => {
    expect(pkg.peerDependencies).toEqual({ react: '^18.3.0 || ^19.0.0', 'react-dom': '^18.3.0 || ^19.0.0' });
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('react');
    for (const file of dist.filter((f) => /\.c?js$/.test(f))) {
      const code = read(file);
      expect(code, file).not.toMatch(/react\.production|__CLIENT_INTERNALS|ReactSharedInternals/);
    }
  });

  it('marks only CSS as having side effects', () => {
    expect(pkg.sideEffects).toEqual(['*.css']);
  });

  it('puts "use client" first in every module that uses state or effects, in ESM and CJS', () => {
    const clientFiles = dist.filter((f) => /^client-.*\.c?js$/.test(f));
    expect(clientFiles.length).toBeGreaterThan(0);
    for (const file of clientFiles) expect(read(file), file).toMatch(DIRECTIVE);
  });

  it('keeps the root, family entries and shared chunks server components without client hooks', () => {
    const serverFiles = dist.filter((f) => /\.c?js$/.test(f) && !f.startsWith('client-'));
    expect(serverFiles).toContain('index.js');
    for (const file of serverFiles) {
      const code = read(file);
      expect(code, file).not.toMatch(/"use client"/);
      expect(code, file).not.toMatch(CLIENT_ONLY);
    }
  });

  it('lets the server entries reach client modules only through their own files', () => {
    const esm = dist.filter((f) => f.endsWith('.js') && !f.startsWith('client-'));
    const imported = esm.flatMap((f) => [...read(f).matchAll(/from "\.\/(client-[^"]+)"/g)].map((m) => m[1]!));
    for (const target of imported) expect(existsSync(`dist/${target}`), target).toBe(true);
  });
});
