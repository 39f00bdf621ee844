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
  },
]);
