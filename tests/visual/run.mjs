/**
 * `npm run test:visual`: screenshots of every Variants story and the article example,
 * taken from the built Storybook in Debian's Chromium and compared with the committed
 * baselines in tests/visual/baselines/.
 *
 *   npm run test:visual                 compare; exit 1 on any difference or missing baseline
 *   npm run test:visual -- --update     accept: rewrite the baselines that changed (and the gallery)
 *   npm run test:visual -- --build      rebuild storybook-static first (also done when missing or stale)
 *   npm run test:visual -- --no-build   use storybook-static as it is, even if sources are newer
 *   npm run test:visual -- --only sharebar   only stories whose id contains "sharebar"
 *
 * Differences are written to tests/visual/report/index.html (baseline | actual | diff).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { writeGallery } from './gallery.mjs';
import {
  BASELINES_DIR,
  MANIFEST,
  MODES,
  REPORT_DIR,
  ROOT,
  STORYBOOK_DIR,
  chromiumConfig,
  escapeHtml,
  shotsFromIndex,
} from './lib.mjs';

/**
 * pixelmatch's per-pixel colour distance (0–1). Its default, 0.1, let a visible change of
 * --wr-color-text-muted (#4a5561 → #5d6873) pass; 0.05 catches it and still ignores a shift
 * of one or two levels per channel. Pixels pixelmatch detects as anti-aliasing are not counted.
 */
const THRESHOLD = 0.05;
/**
 * A shot fails when more pixels than this differ, or when its size changes. Re-runs on one
 * machine give 0; moving anything by 1 px changes hundreds. The margin only absorbs a stray pixel.
 */
const MAX_DIFF_PIXELS = 8;
/** Long pages are cut here to keep baselines small; the whole seed article fits (about 11,900 px at 360 px wide). */
const MAX_HEIGHT = 12500;
const VIEWPORT_HEIGHT = 800;
/** Date.now() inside the page, so nothing that mentions "today" drifts between runs. */
const FIXED_NOW = new Date('2026-06-01T09:00:00Z');
const WORKERS = Math.max(1, Number(process.env.VISUAL_WORKERS ?? 2));
/** Injected into every story: no motion, no blinking caret. */
const STILL_CSS = `*, *::before, *::after {
  animation: none !important; transition: none !important;
  caret-color: transparent !important; scroll-behavior: auto !important;
}`;

const argv = process.argv.slice(2);
const UPDATE = argv.includes('--update');
const BUILD = argv.includes('--build');
const NO_BUILD = argv.includes('--no-build');
const onlyIndex = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
const ONLY = onlyIndex === -1 ? undefined : argv[onlyIndex].includes('=') ? argv[onlyIndex].split('=')[1] : argv[onlyIndex + 1];

const started = performance.now();
const rel = (path) => relative(process.cwd(), path) || '.';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function ensureStorybook() {
  const index = `${STORYBOOK_DIR}index.json`;
  let reason = BUILD ? '--build' : !existsSync(index) ? 'storybook-static/ is missing' : '';
  if (!reason && !NO_BUILD) {
    const sources = Math.max(...['src', 'stories', '.storybook'].map((d) => newestMtime(`${ROOT}${d}`)));
    if (sources > statSync(index).mtimeMs) reason = 'sources changed since storybook-static/ was built';
  }
  if (!reason) return;
  console.log(`visual: building Storybook (${reason}) …`);
  const t = performance.now();
  const result = spawnSync(`${ROOT}node_modules/.bin/storybook`, ['build', '--quiet', '-o', 'storybook-static'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('storybook build failed');
  }
  console.log(`visual: Storybook built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for storybook-static/ on 127.0.0.1 and a free port. */
function serve(root) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (!file.startsWith(resolve(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Baselines are stored as RGB (the shots are opaque) with zlib's default strategy at level 9.
 * Unfiltered rows compress text-heavy shots best (about half the size of pngjs' defaults);
 * adaptive filtering can win on pictures, so both are tried and the smaller is kept.
 */
function encodeBaseline(png) {
  const options = { colorType: 2, deflateLevel: 9, deflateStrategy: 0 };
  const plain = PNG.sync.write(png, { ...options, filterType: 0 });
  const adaptive = PNG.sync.write(png, { ...options, filterType: -1 });
  return plain.length <= adaptive.length ? plain : adaptive;
}

/** Report images are throwaway: fast over small. */
const encodeReport = (png) => PNG.sync.write(png, { colorType: 2, deflateLevel: 6, deflateStrategy: 0, filterType: 0 });

/**
 * One page per worker, reused for every shot (the Storybook bundle stays in its cache);
 * each shot sets its own viewport and media and starts from empty storage.
 */
async function openPage(browser, origin) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: VIEWPORT_HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const state = { page, external: [], errors: [], inflight: new Set() };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') state.external.push(request.url());
    state.inflight.add(request);
  });
  page.on('requestfinished', (request) => state.inflight.delete(request));
  page.on('requestfailed', (request) => state.inflight.delete(request));
  page.on('pageerror', (error) => state.errors.push(error.message));
  await page.clock.setFixedTime(FIXED_NOW);
  return state;
}

/** Network idle without Playwright's fixed 500 ms wait: no request in flight for two checks in a row. */
async function networkIdle(state) {
  const deadline = Date.now() + 10_000;
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`requests still pending: ${[...state.inflight].map((r) => r.url()).join(', ')}`);
    quiet = state.inflight.size === 0 ? quiet + 1 : 0;
    await new Promise((done) => setTimeout(done, 25));
  }
}

async function takeShot(state, origin, shot) {
  const { page } = state;
  const mode = MODES.find((m) => m.key === shot.mode);
  state.external.length = 0;
  state.errors.length = 0;
  await page.setViewportSize({ width: shot.width, height: VIEWPORT_HEIGHT });
  await page.emulateMedia({ media: mode.media ?? 'screen', forcedColors: mode.forcedColors ?? 'none', reducedMotion: 'reduce', colorScheme: 'light' });
  // a11y.manual: the addon's automatic axe run only slows the screenshot down (the story tests run axe).
  const globals = `theme:${mode.theme};dir:${mode.dir};a11y.manual:!true`;
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(shot.storyId)}&viewMode=story&globals=${globals}`, { waitUntil: 'load' });
  try {
    const outcome = await page.waitForFunction(
      (id) => {
        if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === id && render.phase === 'finished' ? 'ok' : false;
      },
      shot.storyId,
      { timeout: 30_000 },
    );
    if ((await outcome.jsonValue()) === 'error' || (await page.locator('body.sb-show-errordisplay').count())) {
      const message = await page.locator('#error-message').innerText().catch(() => '');
      throw new Error(`the story did not render: ${message.trim() || 'error display shown'}`);
    }
    // Lazy images below the viewport would be blank in a full-page shot: load and decode them all.
    await page.evaluate(async () => {
      const images = [...document.images];
      for (const image of images) if (image.loading === 'lazy') image.loading = 'eager';
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      await document.fonts.ready;
    });
    await networkIdle(state);
    await page.addStyleTag({ content: STILL_CSS });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))));

    const applied = await page.evaluate(() => {
      const root = document.querySelector('.wr-story-root');
      return root ? { theme: root.getAttribute('data-wr-theme'), dir: root.getAttribute('dir') } : undefined;
    });
    if (!applied || applied.theme !== mode.theme || applied.dir !== mode.dir) {
      throw new Error(
        `expected theme=${mode.theme} dir=${mode.dir} on .wr-story-root, found ${JSON.stringify(applied)} (does the story set its own globals?)`,
      );
    }
    const box = await page.locator('#storybook-root').boundingBox();
    if (!box || box.width < 1 || box.height < 1) throw new Error('#storybook-root is empty');
    const x = Math.floor(box.x);
    const y = Math.floor(box.y);
    const fullHeight = Math.ceil(box.y + box.height) - y;
    const clip = { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.min(fullHeight, MAX_HEIGHT) };
    const buffer = await page.screenshot({ fullPage: true, clip, animations: 'disabled', caret: 'hide', scale: 'css' });
    if (state.errors.length) throw new Error(`errors in the page: ${state.errors.join('; ')}`);
    if (state.external.length) throw new Error(`requests left 127.0.0.1: ${[...new Set(state.external)].join(', ')}`);
    return { png: PNG.sync.read(buffer), cropped: fullHeight > MAX_HEIGHT ? fullHeight : 0 };
  } finally {
    // The next story starts clean: nothing a checklist stored leaks into another shot.
    await page
      .evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      })
      .catch(() => undefined);
    await page.context().clearCookies();
  }
}

/** Both images on one canvas of the larger size; the padding (magenta) counts as different. */
function padTo(png, width, height) {
  if (png.width === width && png.height === height) return png.data;
  const out = Buffer.alloc(width * height * 4);
  for (let i = 0; i < out.length; i += 4) out.set([255, 0, 255, 255], i);
  for (let row = 0; row < png.height; row++) png.data.copy(out, row * width * 4, row * png.width * 4, (row + 1) * png.width * 4);
  return out;
}

function compare(baseline, actual) {
  const width = Math.max(baseline.width, actual.width);
  const height = Math.max(baseline.height, actual.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(padTo(baseline, width, height), padTo(actual, width, height), diff.data, width, height, {
    threshold: THRESHOLD,
    alpha: 0.15,
  });
  const resized = baseline.width !== actual.width || baseline.height !== actual.height;
  return { pixels, resized, diff, changed: resized || pixels > MAX_DIFF_PIXELS };
}

function writeReport(results, total) {
  const changed = results.filter((r) => r.status === 'changed' || r.status === 'missing');
  const errored = results.filter((r) => r.status === 'error');
  const figure = (caption, src) =>
    `<figure><figcaption>${caption}</figcaption>${src ? `<a href="${src}"><img src="${src}" alt="${caption}"></a>` : '<p>none</p>'}</figure>`;
  const rows = changed.map((r) => {
    const base = r.file.replace(/\.png$/, '');
    const detail =
      r.status === 'missing'
        ? 'no baseline yet'
        : `${r.pixels} pixels differ${r.resized ? `; size ${r.baselineSize} → ${r.actualSize}` : ''}`;
    return `<section>
      <h2>${escapeHtml(r.title)} · ${escapeHtml(r.name)} — ${escapeHtml(r.label)} · ${r.width} px</h2>
      <p><code>${escapeHtml(r.file)}</code>: ${escapeHtml(detail)}</p>
      <div class="row${r.width > 600 ? ' wide' : ''}">
        ${figure('Baseline', r.status === 'missing' ? '' : `${base}.baseline.png`)}
        ${figure('Actual', `${base}.actual.png`)}
        ${figure('Diff', r.status === 'missing' ? '' : `${base}.diff.png`)}
      </div>
    </section>`;
  });
  const errors = errored.map((r) => `<li><code>${escapeHtml(r.file)}</code>: ${escapeHtml(r.error)}</li>`);
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>wellread visual report</title>
  <link rel="icon" href="data:,">
  <style>
    body { margin: 0; padding: 1.5rem; font: 16px/1.5 system-ui, sans-serif; background: #eef1f3; color: #1a1f24; }
    h2 { font-size: 1.125rem; margin-block: 2rem 0.25rem; }
    .row { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; align-items: start; }
    .row.wide { grid-template-columns: minmax(0, 1fr); }
    figure { margin: 0; background: #fff; border: 1px solid #c5ced4; padding: 0.5rem; }
    figcaption { font-weight: 700; margin-block-end: 0.25rem; }
    img { display: block; max-inline-size: 100%; block-size: auto; outline: 1px dashed #c5ced4; }
  </style>
</head>
<body>
  <main>
    <h1>wellread visual report</h1>
    <p>${total} shots, ${changed.length} changed${errored.length ? `, ${errored.length} failed to render` : ''}. Accept intended changes with <code>npm run test:visual -- --update</code> and commit the baselines.</p>
    ${errors.length ? `<h2>Failed to render</h2><ul>${errors.join('')}</ul>` : ''}
    ${rows.join('\n    ') || '<p>Every shot matches its baseline.</p>'}
  </main>
</body>
</html>
`;
  writeFileSync(`${REPORT_DIR}index.html`, html);
}

async function main() {
  ensureStorybook();
  const index = JSON.parse(readFileSync(`${STORYBOOK_DIR}index.json`, 'utf8'));
  const allShots = shotsFromIndex(index);
  const shots = ONLY ? allShots.filter((s) => s.storyId.includes(ONLY)) : allShots;
  if (!shots.length) throw new Error(ONLY ? `no shots match --only ${ONLY}` : 'no Variants stories in storybook-static/index.json');

  rmSync(REPORT_DIR, { recursive: true, force: true });
  mkdirSync(REPORT_DIR, { recursive: true });
  mkdirSync(BASELINES_DIR, { recursive: true });

  const shotsStarted = performance.now();
  const server = await serve(STORYBOOK_DIR);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { path, args } = await chromiumConfig();
  const browser = await chromium.launch({ executablePath: path, args, headless: true });

  const results = [];
  const queue = [...shots];
  const worker = async () => {
    let state = await openPage(browser, origin);
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      const result = { ...shot };
      results.push(result);
      const baselinePath = `${BASELINES_DIR}${shot.file}`;
      const base = shot.file.replace(/\.png$/, '');
      try {
        const { png, cropped } = await takeShot(state, origin, shot);
        if (cropped) console.log(`visual: ${shot.file} cut at ${MAX_HEIGHT} of ${cropped} px`);
        if (!existsSync(baselinePath)) {
          result.status = 'missing';
          if (UPDATE) writeFileSync(baselinePath, encodeBaseline(png));
          else writeFileSync(`${REPORT_DIR}${base}.actual.png`, encodeReport(png));
          continue;
        }
        const baselineBytes = readFileSync(baselinePath);
        const baseline = PNG.sync.read(baselineBytes);
        const verdict = compare(baseline, png);
        Object.assign(result, {
          pixels: verdict.pixels,
          resized: verdict.resized,
          status: verdict.changed ? 'changed' : 'same',
          baselineSize: `${baseline.width}×${baseline.height}`,
          actualSize: `${png.width}×${png.height}`,
        });
        if (!verdict.changed) continue;
        if (UPDATE) {
          writeFileSync(baselinePath, encodeBaseline(png));
        } else {
          writeFileSync(`${REPORT_DIR}${base}.baseline.png`, baselineBytes);
          writeFileSync(`${REPORT_DIR}${base}.actual.png`, encodeReport(png));
          writeFileSync(`${REPORT_DIR}${base}.diff.png`, encodeReport(verdict.diff));
        }
      } catch (error) {
        result.status = 'error';
        result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        // A page that timed out or crashed is not reused.
        await state.page.context().close().catch(() => undefined);
        state = await openPage(browser, origin);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(WORKERS, shots.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  const order = (r) => MODES.findIndex((m) => m.key === r.mode);
  results.sort((a, b) => a.storyId.localeCompare(b.storyId) || order(a) - order(b) || a.width - b.width);
  const changed = results.filter((r) => r.status === 'changed' || r.status === 'missing');
  const errored = results.filter((r) => r.status === 'error');
  for (const r of errored) console.error(`visual: ERROR ${r.file}: ${r.error}`);
  const missing = new Map();
  for (const r of changed) {
    if (r.status === 'missing') {
      if (!missing.has(r.storyId)) missing.set(r.storyId, []);
      missing.get(r.storyId).push(r.file);
    } else {
      console.log(`visual: ${UPDATE ? 'updated' : 'CHANGED'} ${r.file}: ${r.pixels} pixels differ${r.resized ? ` (size ${r.baselineSize} → ${r.actualSize})` : ''}`);
    }
  }
  for (const [storyId, files] of missing) {
    console.log(
      UPDATE
        ? `visual: new baselines for ${storyId} (${files.length})`
        : `visual: MISSING ${files.length} baselines for ${storyId} in tests/visual/baselines/ (e.g. ${files[0]}); run \`npm run test:visual -- --update\` to create them`,
    );
  }

  if (UPDATE) {
    // The manifest describes every committed PNG; a full update also drops baselines of stories that are gone.
    const previous = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : [];
    const taken = results.filter((r) => r.status !== 'error').map(({ file, storyId, title, name, mode, label, width }) => ({
      file, storyId, title, name, mode, label, width,
    }));
    // Entries this run did not retake stay: other stories under --only, and shots that failed.
    const failed = new Set(errored.map((r) => r.file));
    const keep = previous.filter((p) => !taken.some((t) => t.file === p.file) && (ONLY || failed.has(p.file)));
    const manifest = [...keep, ...taken].sort((a, b) => a.file.localeCompare(b.file));
    writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    if (!ONLY && !errored.length) {
      const wanted = new Set(manifest.map((m) => m.file));
      for (const file of readdirSync(BASELINES_DIR)) {
        if (file.endsWith('.png') && !wanted.has(file)) {
          unlinkSync(`${BASELINES_DIR}${file}`);
          console.log(`visual: removed stale baseline ${file}`);
        }
      }
    }
    const gallery = writeGallery();
    console.log(`visual: gallery ${rel(gallery.path)}`);
  } else {
    writeReport(results, results.length);
    if (changed.length || errored.length) console.log(`visual: report ${pathToFileURL(`${REPORT_DIR}index.html`).href}`);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shotSeconds = ((performance.now() - shotsStarted) / 1000).toFixed(1);
  console.log(
    `visual: ${results.length} shots, ${changed.length} changed${errored.length ? `, ${errored.length} errors` : ''}${UPDATE ? ' (baselines updated)' : ''} in ${seconds} s (shots ${shotSeconds} s, ${WORKERS} workers)`,
  );
  // For tests/scripts/run-all.mjs: a shot passes when it matches (or, with --update, was taken).
  const failedCount = errored.length + (UPDATE ? 0 : changed.length);
  mkdirSync(`${ROOT}.vitest-reports`, { recursive: true });
  writeFileSync(`${ROOT}.vitest-reports/visual.txt`, `visual: ${results.length - failedCount} passed, ${failedCount} failed\n`);
  process.exitCode = failedCount ? 1 : 0;
}

main().catch((error) => {
  console.error(`visual: ${error instanceof Error ? error.message : error}`);
  console.log('visual: 0 shots, 0 changed (failed before taking shots)');
  mkdirSync(`${ROOT}.vitest-reports`, { recursive: true });
  writeFileSync(`${ROOT}.vitest-reports/visual.txt`, 'visual: 0 passed, 1 failed\n');
  process.exitCode = 1;
});
