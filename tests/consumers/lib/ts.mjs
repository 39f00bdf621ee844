import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './package.mjs';

/**
 * Imports a TypeScript module that has no imports of its own (build/chromium.ts,
 * tests/fixtures/seedContent.ts) from these plain Node scripts, by transpiling it.
 */
export async function importTs(path) {
  const source = readFileSync(join(ROOT, path), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/**
 * CHROMIUM_PATH and CHROMIUM_ARGS from build/chromium.ts, the one place the flags live
 * (the host-resolver rule keeps Chromium itself off every host but loopback).
 */
export async function chromiumConfig() {
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = await importTs('build/chromium.ts');
  return { path: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };
}
