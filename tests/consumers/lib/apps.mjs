import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_DIR, ROOT, copyFixture, fixtureHash } from './package.mjs';
import { freePort, run, startServer } from './process.mjs';

const CONSUMERS = join(ROOT, 'tests/consumers');
const bin = (dir, name) => join(dir, 'node_modules/.bin', name);

/** Keeps frameworks from phoning home during builds and runs. */
const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' };

/**
 * The three sites. `serverRendered` says whether the first HTML already holds the
 * article (so it must read without JavaScript).
 */
export const APPS = [
  {
    name: 'next',
    label: 'Next.js 16 App Router',
    serverRendered: true,
    build: (dir, siteUrl) => run(bin(dir, 'next'), ['build'], { cwd: dir, env: { ...QUIET_ENV, SITE_URL: siteUrl } }),
    start: (dir, port) => [bin(dir, 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { NODE_ENV: 'production' }],
  },
  {
    name: 'react-router',
    label: 'React Router 7 framework mode (SSR)',
    serverRendered: true,
    build: (dir) => run(bin(dir, 'react-router'), ['build'], { cwd: dir, env: QUIET_ENV }),
    start: (dir, port) => [
      bin(dir, 'react-router-serve'),
      ['./build/server/index.js'],
      { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
    ],
  },
  {
    name: 'vite',
    label: 'Vite + React SPA',
    serverRendered: false,
    build: async (dir) => {
      await run(bin(dir, 'tsc'), ['--noEmit', '-p', '.'], { cwd: dir });
      await run(bin(dir, 'vite'), ['build'], { cwd: dir, env: QUIET_ENV });
    },
    start: (dir, port) => [
      bin(dir, 'vite'),
      ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {},
    ],
  },
];

export const appDir = (app) => join(CONSUMERS, app.name);

/**
 * Installs the app's own dependencies from its committed lockfile plus the wellread
 * tarball, without writing either into package.json or the lockfile (`--no-save`):
 * the tarball's bytes change with every build.
 */
export async function install(app, tarball) {
  const dir = appDir(app);
  rmSync(join(dir, 'node_modules/wellread'), { recursive: true, force: true });
  // NODE_ENV=production (the bench sets it) would make npm leave out devDependencies.
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    cwd: dir,
    env: { NODE_ENV: undefined },
  });
  if (!existsSync(join(dir, 'node_modules/wellread/package.json'))) throw new Error(`${app.name}: wellread was not installed`);
}

/** Copies the fixture in, picks a port, and builds for the URL the site will have. */
export async function build(app) {
  const dir = appDir(app);
  copyFixture(dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  await app.build(dir, url);
  return { port, url };
}

/** Starts the built app on its port; resolves once the page answers 200. */
export async function start(app, { port, url }) {
  const dir = appDir(app);
  const [command, args, env] = app.start(dir, port);
  return startServer(command, args, { cwd: dir, env: { ...QUIET_ENV, ...env }, url });
}

const stateFile = (app) => join(PACK_DIR, `${app.name}.json`);

/** Install and build one app, timing each step; records what was built for `reuse`. */
export async function prepare(app, tarball, timings = {}) {
  let t = performance.now();
  await install(app, tarball);
  timings[`${app.name} install`] = performance.now() - t;
  t = performance.now();
  const address = await build(app);
  timings[`${app.name} build`] = performance.now() - t;
  writeFileSync(stateFile(app), JSON.stringify({ ...address, tarball, fixture: fixtureHash() }));
  return address;
}

/**
 * The address of the app as the last `prepare` built it from this very tarball and
 * fixture (the Next.js page has its URL baked in, so it must run on that port again),
 * or null when it must be built again. The app's own files are not compared: use it
 * right after test:consumers, as `npm test` does.
 */
export function reuse(app, tarball) {
  try {
    const state = JSON.parse(readFileSync(stateFile(app), 'utf8'));
    const same = state.tarball === tarball && state.fixture === fixtureHash() && existsSync(tarball);
    return same ? { port: state.port, url: state.url } : null;
  } catch {
    return null;
  }
}
