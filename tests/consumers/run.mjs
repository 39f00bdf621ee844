#!/usr/bin/env node
/*
 * npm run test:consumers — wellread as three real sites get it.
 *
 * Builds wellread, packs it, installs the tarball into the Next.js, React Router and
 * Vite apps under tests/consumers/, builds and starts each on a free loopback port, and
 * checks each page in Debian's Chromium (see lib/checks.mjs). Ends with one line,
 * `consumers: N passed, N failed`, and exits non-zero when anything failed.
 *
 * Options: --skip-build (pack the dist/ that is there), --only=next,vite
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { APPS, prepare, start } from './lib/apps.mjs';
import { checkApp } from './lib/checks.mjs';
import { ROOT, buildAndPack } from './lib/package.mjs';
import { stopAll } from './lib/process.mjs';
import { chromiumConfig, importTs } from './lib/ts.mjs';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const apps = only ? APPS.filter((app) => only.includes(app.name)) : APPS;

const started = performance.now();
const timings = {};
const results = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function timed(name, fn) {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = performance.now() - t;
  }
}

let browser;
let exitCode = 0;
try {
  const pack = await timed('build + pack wellread', () => buildAndPack({ build: !args.includes('--skip-build') }));
  console.log(`packed ${pack.tarball.split('/').pop()} (${pack.files} files, ${pack.size} B)`);

  // Installs and builds run side by side; a failed app is reported and the others go on.
  const prepared = await timed('install + build apps', () =>
    Promise.allSettled(apps.map((app) => prepare(app, pack.tarball, timings))),
  );
  const servers = await timed('start servers', () =>
    Promise.allSettled(
      apps.map((app, i) =>
        prepared[i].status === 'fulfilled' ? start(app, prepared[i].value) : Promise.reject(prepared[i].reason),
      ),
    ),
  );

  const { path, args: chromiumArgs } = await chromiumConfig();
  browser = await chromium.launch({ executablePath: path, args: chromiumArgs, headless: true });
  const seedData = await importTs('tests/fixtures/seedContent.ts');

  for (const [i, app] of apps.entries()) {
    const server = servers[i];
    if (server.status === 'rejected') {
      results.push({ name: `${app.name} › install, build and start`, ok: false, error: server.reason });
      continue;
    }
    results.push({ name: `${app.name} › install, build and start`, ok: true });
    await timed(`${app.name} browser checks`, () => checkApp({ browser, app, server: server.value, results, seedData }));
  }
} catch (error) {
  results.push({ name: 'consumers › setup', ok: false, error });
} finally {
  await browser?.close();
  await stopAll();
}

for (const result of results) {
  const time = result.ms === undefined ? '' : ` (${Math.round(result.ms)} ms)`;
  console.log(`${result.ok ? '✓' : '✗'} ${result.name}${time}`);
  if (!result.ok) console.log(`    ${String(result.error?.message ?? result.error).split('\n').join('\n    ')}`);
}
console.log(
  `timings: ${Object.entries(timings)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(', ')}; total ${seconds(performance.now() - started)}`,
);
const failed = results.filter((result) => !result.ok).length;
const summary = `consumers: ${results.length - failed} passed, ${failed} failed`;
console.log(summary);
// tests/scripts/run-all.mjs reads the counts from here.
mkdirSync(join(ROOT, '.vitest-reports'), { recursive: true });
writeFileSync(join(ROOT, '.vitest-reports/consumers.txt'), `${summary}\n`);
if (failed > 0) exitCode = 1;
process.exit(exitCode);
