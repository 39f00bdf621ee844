#!/usr/bin/env node
/*
 * Package checks, on the built package: publint --strict, arethetypeswrong on the
 * packed tarball, and a smoke test that installs the tarball into a scratch consumer
 * with React 19 and again with React 18.3, imports it from ESM and CJS, server-renders,
 * and type-checks a consumer .tsx file.
 * Prints `package: N passed, M failed` and exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/package/fixtures');
const results = [];

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function check(name, fn) {
  const started = Date.now();
  try {
    const detail = fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? `\n${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    const out = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n');
    console.log(`✗ ${name}\n${out.trim().split('\n').slice(0, 60).join('\n')}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'wellread-package-'));
let tarball;

check('npm pack', () => {
  const out = run('npm', ['pack', '--json', '--pack-destination', work]);
  const [info] = JSON.parse(out);
  tarball = join(work, info.filename);
  const files = info.files.map((f) => f.path);
  const unexpected = files.filter((f) => !/^(dist\/|LICENSE$|README\.md$|package\.json$)/.test(f));
  if (unexpected.length) throw new Error(`unexpected files in the package: ${unexpected.join(', ')}`);
  return `  ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`;
});

check('publint --strict', () => {
  const out = run('npx', ['--no-install', 'publint', '--strict', tarball ? '--pack' : '', 'npm'].filter(Boolean));
  if (/error|warning|suggestion/i.test(out) && !/All good/i.test(out)) throw new Error(out);
  return `  ${out.trim().split('\n').pop()}`;
});

// CSS files have no types, so they are left out of the type checks. Subpaths cannot resolve
// under node10 (it ignores "exports"); only the root entry is checked there.
const cssEntries = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['internal', 'locales'].includes(d.name))
  .map((d) => `./${d.name}.css`)
  .concat('./styles.css');

check('attw: node16 (CJS and ESM) and bundler, every entry', () =>
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'node16', '--format', 'table-flipped', '--exclude-entrypoints', ...cssEntries]),
);

check('attw: root entry under node10, node16 and bundler', () =>
  run('npx', ['--no-install', 'attw', tarball, '--format', 'table-flipped', '--entrypoints', '.']),
);

const reactSets = [
  { label: 'React 19', deps: ['react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19'] },
  { label: 'React 18.3', deps: ['react@18.3', 'react-dom@18.3', '@types/react@18.3', '@types/react-dom@18.3'] },
];

for (const { label, deps } of reactSets) {
  const consumer = join(work, label.replace(/\W+/g, '-'));
  mkdirSync(consumer, { recursive: true });
  cpSync(fixtures, consumer, { recursive: true });
  check(`${label}: install the tarball`, () => {
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...deps, 'typescript@6.0'], { cwd: consumer });
  });
  check(`${label}: import and server-render from ESM`, () => run('node', ['esm.mjs'], { cwd: consumer }).trim());
  check(`${label}: require and server-render from CJS`, () => run('node', ['cjs.cjs'], { cwd: consumer }).trim());
  check(`${label}: type-check a consumer .tsx (bundler and node16 resolution)`, () => {
    run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.bundler.json'], { cwd: consumer });
    run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.node16.json'], { cwd: consumer });
  });
}

rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
const summary = `package: ${results.length - failed} passed, ${failed} failed`;
mkdirSync(join(root, '.vitest-reports'), { recursive: true });
writeFileSync(join(root, '.vitest-reports/package.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed ? 1 : 0);
