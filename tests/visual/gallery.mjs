/**
 * `npm run gallery`: the contact sheet. One static page, tests/visual/gallery/index.html,
 * showing every committed baseline grouped by component and labelled by theme, direction
 * and width. It points at ../baselines/*.png, so it opens straight from a checkout.
 * run.mjs --update rewrites it too, so it never shows pictures that are not committed.
 */
import { existsSync, mkdirSync, openSync, readSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASELINES_DIR, GALLERY_DIR, MANIFEST, MODES, WIDTHS, escapeHtml } from './lib.mjs';

/** Width and height from a PNG's IHDR chunk, without decoding the image. */
function pngSize(path) {
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(24);
  readSync(fd, header, 0, 24, 0);
  closeSync(fd);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

const modeOrder = (key) => MODES.findIndex((m) => m.key === key);

export function writeGallery() {
  const shots = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : [];
  const present = shots.filter((shot) => existsSync(`${BASELINES_DIR}${shot.file}`));

  const byStory = new Map();
  for (const shot of present) {
    if (!byStory.has(shot.storyId)) byStory.set(shot.storyId, []);
    byStory.get(shot.storyId).push(shot);
  }
  const stories = [...byStory.values()].sort((a, b) => a[0].title.localeCompare(b[0].title) || a[0].name.localeCompare(b[0].name));

  const sections = stories.map((group) => {
    const { title, name, storyId } = group[0];
    const rows = WIDTHS.map((width) => {
      const figures = group
        .filter((shot) => shot.width === width)
        .sort((a, b) => modeOrder(a.mode) - modeOrder(b.mode))
        .map((shot) => {
          const { width: w, height: h } = pngSize(`${BASELINES_DIR}${shot.file}`);
          const src = `../baselines/${encodeURIComponent(shot.file)}`;
          const caption = `${shot.label} · ${shot.width} px`;
          return `<figure class="shot" data-width="${width}">
          <a href="${src}"><img src="${src}" width="${w}" height="${h}" loading="lazy" alt="${escapeHtml(`${title}, ${name}: ${caption}`)}"></a>
          <figcaption>${escapeHtml(caption)}</figcaption>
        </figure>`;
        });
      if (!figures.length) return '';
      return `<h3>${width} px wide</h3>
      <div class="row">
        ${figures.join('\n        ')}
      </div>`;
    });
    return `<section id="${escapeHtml(storyId)}">
      <h2>${escapeHtml(title.split('/').at(-1))} <span class="muted">${escapeHtml(title)} · ${escapeHtml(name)}</span></h2>
      ${rows.join('\n      ')}
    </section>`;
  });

  const toc = stories
    .map((group) => `<li><a href="#${escapeHtml(group[0].storyId)}">${escapeHtml(group[0].title)} · ${escapeHtml(group[0].name)}</a></li>`)
    .join('\n      ');

  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>wellread contact sheet</title>
  <link rel="icon" href="data:,">
  <style>
    body { margin: 0; padding: 1.5rem; font: 16px/1.5 system-ui, sans-serif; background: #eef1f3; color: #1a1f24; }
    h1 { margin-block: 0 0.25rem; }
    h2 { margin-block: 2.5rem 0.5rem; border-block-start: 1px solid #c5ced4; padding-block-start: 1rem; }
    h3 { font-size: 1rem; margin-block: 1rem 0.5rem; color: #4a5561; }
    .muted { font-size: 0.875rem; font-weight: normal; color: #4a5561; }
    .row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
    .shot { margin: 0; background: #fff; border: 1px solid #c5ced4; padding: 0.5rem; max-inline-size: 100%; box-sizing: border-box; }
    .shot img { display: block; max-inline-size: 100%; block-size: auto; outline: 1px dashed #c5ced4; }
    .shot figcaption { font-size: 0.875rem; margin-block-start: 0.375rem; }
    a { color: #0a6658; }
  </style>
</head>
<body>
  <main>
    <h1>wellread contact sheet</h1>
    <p>${present.length} screenshots from <code>tests/visual/baselines/</code>: every component's Variants story and the article example at ${WIDTHS.join(' and ')} px, in light, dark and right-to-left; the article also in print and forced colours. Regenerate with <code>npm run test:visual -- --update</code> (pictures) or <code>npm run gallery</code> (this page). Select a picture to see it full size.</p>
    ${present.length ? `<nav aria-label="Components"><ul>\n      ${toc}\n    </ul></nav>` : '<p><strong>No baselines yet.</strong> Run <code>npm run test:visual -- --update</code>.</p>'}
    ${sections.join('\n    ')}
  </main>
</body>
</html>
`;
  mkdirSync(GALLERY_DIR, { recursive: true });
  const out = `${GALLERY_DIR}index.html`;
  writeFileSync(out, html);
  return { path: out, count: present.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { path, count } = writeGallery();
  console.log(`gallery: ${count} screenshots`);
  console.log(relative(process.cwd(), path) || path);
  console.log(pathToFileURL(path).href);
}
