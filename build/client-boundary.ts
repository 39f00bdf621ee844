import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

/*
 * esbuild drops a "use client" directive once a module is merged into a chunk or
 * into another entry, and code splitting may put server-only helpers beside client
 * code. So every module that starts with "use client" becomes an entry of its own
 * (`dist/client-<family>-<file>.js`), and every import of it from other modules is
 * turned into an external import of that output file. Server modules then stay free
 * of client code and each client module keeps its directive.
 */

const DIRECTIVE = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*['"]use client['"]/;

function isClientModule(file: string): boolean {
  return /\.(tsx?|jsx?)$/.test(file) && DIRECTIVE.test(readFileSync(file, 'utf8'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function entryName(file: string, srcDir: string): string {
  const rel = relative(srcDir, file).replace(/\.(tsx?|jsx?)$/, '');
  return `client-${rel.split(/[\\/]/).join('-')}`;
}

const srcRoot = resolve('src');
const clientFiles = new Map<string, string>();

/** The client modules under `srcDir`, keyed by output entry name. */
export function clientEntries(srcDir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of walk(resolve(srcDir))) {
    if (isClientModule(file)) {
      const name = entryName(file, resolve(srcDir));
      clientFiles.set(file, name);
      entries[name] = relative(process.cwd(), file);
    }
  }
  return entries;
}

function resolveSource(fromDir: string, spec: string): string | undefined {
  const base = resolve(fromDir, spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const esbuild: EsbuildPlugin = {
  name: 'wellread-client-boundary',
  setup(build) {
    const format = JSON.parse(String(build.initialOptions.define?.TSUP_FORMAT ?? '"esm"')) as string;
    const extension = format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolveSource(args.resolveDir, args.path);
      if (!target || !target.startsWith(srcRoot)) return undefined;
      const name = clientFiles.get(target);
      if (!name || target === args.importer) return undefined;
      return { path: `./${name}${extension}`, external: true };
    });
  },
};

/*
 * tsup turns split ESM into CJS after the plugins above have run and puts
 * "use strict" and its interop line first, so the CJS client entries are fixed
 * once the files are written.
 */
async function prefixDirectives(outDir: string): Promise<void> {
  for (const name of readdirSync(outDir)) {
    if (!/^client-.*\.c?js$/.test(name)) continue;
    const path = join(outDir, name);
    const code = readFileSync(path, 'utf8');
    if (DIRECTIVE.test(code)) continue;
    writeFileSync(path, `"use client";\n${code.replace(/(^|;)\s*['"]use client['"];?/, '$1')}`);
  }
}

const tsup: TsupPlugin = {
  name: 'wellread-client-directive',
  renderChunk(code, chunk) {
    if (chunk.type !== 'chunk' || !/\.c?js$/.test(chunk.path)) return undefined;
    const isClientEntry = basename(chunk.path).startsWith('client-');
    if (!isClientEntry || DIRECTIVE.test(code)) return undefined;
    return { code: `"use client";\n${code}` };
  },
};

export const clientBoundary = { esbuild, tsup, prefixDirectives };
