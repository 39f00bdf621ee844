import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { families } from './build/families.ts';
import { clientBoundary, clientEntries } from './build/client-boundary.ts';

/** One JS entry per family, plus the root and one entry per "use client" module. */
const jsEntries: Record<string, string> = {
  index: 'src/index.ts',
  locales: 'src/locales/index.ts',
  ...Object.fromEntries(families.map((family) => [family, `src/${family}/index.ts`])),
  ...clientEntries('src'),
};

/** `styles.css` with everything, and `<family>.css` with the tokens and that family. */
const cssEntries: Record<string, string> = {
  styles: 'src/styles.css',
  ...Object.fromEntries(families.map((family) => [family, `src/${family}/index.css`])),
};

/*
 * esbuild keeps the space after the colon of a custom property ("--wr-x: 1px") because
 * custom property values are kept verbatim; the spec trims that whitespace anyway, so
 * dropping it changes nothing but bytes (about 50 B gzipped across the tokens).
 */
async function tightenCustomProperties(outDir: string): Promise<void> {
  for (const name of readdirSync(outDir).filter((file) => file.endsWith('.css'))) {
    const path = join(outDir, name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(--wr-[\w-]+):\s+/g, '$1:'));
  }
}

const shared: Options = {
  outDir: 'dist',
  target: 'es2022',
  sourcemap: false,
  minify: false,
  treeshake: false,
};

export default defineConfig([
  {
    ...shared,
    entry: jsEntries,
    format: ['esm', 'cjs'],
    splitting: true,
    clean: true,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    esbuildPlugins: [clientBoundary.esbuild],
    plugins: [clientBoundary.tsup],
    onSuccess: () => clientBoundary.prefixDirectives('dist'),
  },
  {
    ...shared,
    entry: cssEntries,
    clean: false,
    minify: true,
    onSuccess: () => tightenCustomProperties('dist'),
  },
]);
