import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { run } from './process.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PACK_DIR = join(ROOT, 'tests/consumers/.pack');

/**
 * Builds wellread and packs it as a site would receive it. The tarball's name carries a
 * hash of its bytes: npm treats a new path as a new package, so a re-packed build is
 * never skipped as "up to date".
 */
export async function buildAndPack({ build = true } = {}) {
  if (build) await run('npm', ['run', 'build'], { cwd: ROOT });
  mkdirSync(PACK_DIR, { recursive: true });
  const scratch = mkdtempSync(join(PACK_DIR, 'pack-'));
  const output = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: ROOT });
  const [info] = JSON.parse(output.slice(output.indexOf('[')));
  const packed = join(scratch, info.filename);
  const missing = exportedFiles().filter((file) => !info.files.some((entry) => entry.path === file));
  if (missing.length) {
    throw new Error(`the tarball lacks files that package.json "exports" names (is another build rewriting dist/?): ${missing.join(', ')}`);
  }
  const hash = createHash('sha256').update(readFileSync(packed)).digest('hex').slice(0, 10);
  const tarball = join(PACK_DIR, `wellread-${info.version}-${hash}.tgz`);
  // npm pack is deterministic, so the same dist/ gives the same name (and apps built from it can be reused).
  for (const name of readdirSync(PACK_DIR)) {
    if (name.endsWith('.tgz') && join(PACK_DIR, name) !== tarball) rmSync(join(PACK_DIR, name));
  }
  renameSync(packed, tarball);
  rmSync(scratch, { recursive: true, force: true });
  return { tarball, version: info.version, size: info.size, unpackedSize: info.unpackedSize, files: info.entryCount };
}

/** Every file package.json's "exports" points at, e.g. "dist/index.d.ts". */
function exportedFiles() {
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const files = new Set();
  const walk = (value) => {
    if (typeof value === 'string') files.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exports);
  return [...files];
}

/**
 * The fixture files SeedArticle.tsx needs: it and everything it imports relatively,
 * followed transitively (seedContent.ts, seedSteps.ts, …).
 */
export function fixtureFiles(entry = join(ROOT, 'tests/fixtures/SeedArticle.tsx')) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/(?:from|import)\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      const base = resolve(dirname(file), spec);
      const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
      const found = candidates.find((candidate) => {
        try {
          return readFileSync(candidate) && true;
        } catch {
          return false;
        }
      });
      if (!found) throw new Error(`${file} imports ${spec}, which was not found`);
      visit(found);
    }
  };
  visit(entry);
  return [...files];
}

/** A hash of the fixture files, so a build made from another version of them is not reused. */
export function fixtureHash() {
  const hash = createHash('sha256');
  for (const file of fixtureFiles()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Copies the fixture into `<appDir>/fixture/` (git-ignored), replacing an older copy. */
export function copyFixture(appDir) {
  const target = join(appDir, 'fixture');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const fixtures = join(ROOT, 'tests/fixtures');
  for (const file of fixtureFiles()) {
    if (!file.startsWith(fixtures)) throw new Error(`${file} is outside tests/fixtures`);
    cpSync(file, join(target, file.slice(fixtures.length + 1)));
  }
}
