#!/usr/bin/env node
/*
 * `npm test`: every check, in order, even after a failure, then one summary line
 * `tests: N passed, M failed`. Exit code 1 when anything failed.
 *   type-check → build → vitest (unit, server, dist, hostile, stories in Chromium)
 *   → package checks → size budgets → consumer apps → benchmarks → visual comparison
 * Set WELLREAD_SKIP=consumers,visual to leave steps out while developing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const skip = new Set((process.env.WELLREAD_SKIP ?? '').split(',').filter(Boolean));
const steps = [];

function runStep(name, command, args, { counts } = {}) {
  if (skip.has(name)) {
    console.log(`\n— ${name}: skipped (WELLREAD_SKIP)`);
    return;
  }
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = (Date.now() - started) / 1000;
  const ok = result.status === 0;
  const counted = counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (!ok && counted.failed === 0) counted.failed = 1;
  steps.push({ name, ok, seconds, ...counted });
  console.log(`━━ ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
}

function summaryCounts(file, pattern) {
  return () => {
    if (!existsSync(file)) return undefined;
    const match = pattern.exec(readFileSync(file, 'utf8'));
    return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
  };
}

const reports = resolve(root, '.vitest-reports');
mkdirSync(reports, { recursive: true });
const vitestJson = resolve(reports, 'results.json');

runStep('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit']);
runStep('build', 'npm', ['run', '--silent', 'build']);
runStep('vitest', 'npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  counts: () => {
    if (!existsSync(vitestJson)) return undefined;
    const json = JSON.parse(readFileSync(vitestJson, 'utf8'));
    const failedSuites = (json.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
    return { passed: json.numPassedTests, failed: json.numFailedTests + failedSuites };
  },
});
runStep('package', 'node', ['tests/package/check.mjs'], {
  counts: summaryCounts(resolve(reports, 'package.txt'), /package: (\d+) passed, (\d+) failed/),
});
runStep('size', 'npx', ['--no-install', 'size-limit']);
if (existsSync(resolve(root, 'tests/consumers/run.mjs'))) {
  runStep('consumers', 'node', ['tests/consumers/run.mjs', '--skip-build'], {
    counts: summaryCounts(resolve(reports, 'consumers.txt'), /consumers: (\d+) passed, (\d+) failed/),
  });
}
if (existsSync(resolve(root, 'tests/bench/run.mjs'))) {
  // Fails only on budgets (sizes, render ratio, Lighthouse scores), never on absolute times.
  runStep('bench', 'node', ['tests/bench/run.mjs', '--skip-build', '--reuse-apps'], {
    counts: summaryCounts(resolve(reports, 'bench.txt'), /bench: (\d+) passed, (\d+) failed/),
  });
}
if (existsSync(resolve(root, 'tests/visual/run.mjs'))) {
  runStep('visual', 'node', ['tests/visual/run.mjs'], {
    counts: summaryCounts(resolve(reports, 'visual.txt'), /visual: (\d+) passed, (\d+) failed/),
  });
}

console.log('\nStep        result  time     passed  failed');
for (const s of steps) {
  console.log(
    `${s.name.padEnd(11)} ${(s.ok ? 'ok' : 'FAIL').padEnd(7)} ${`${s.seconds.toFixed(1)} s`.padEnd(8)} ${String(s.passed).padStart(6)}  ${String(s.failed).padStart(6)}`,
  );
}
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
const anyFailed = steps.some((s) => !s.ok);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(anyFailed ? 1 : 0);
