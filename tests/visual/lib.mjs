/**
 * Shared by run.mjs (screenshots and comparison) and gallery.mjs (contact sheet):
 * where things live, which shots exist, and how a shot is named.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VISUAL_DIR = fileURLToPath(new URL('./', import.meta.url));
export const BASELINES_DIR = `${VISUAL_DIR}baselines/`;
export const REPORT_DIR = `${VISUAL_DIR}report/`;
export const GALLERY_DIR = `${VISUAL_DIR}gallery/`;
/** Written with the baselines: what each PNG shows, so the gallery needs no Storybook build. */
export const MANIFEST = `${BASELINES_DIR}shots.json`;
export const STORYBOOK_DIR = `${ROOT}storybook-static/`;

export const WIDTHS = [360, 1280];
/** The Gut-Immune Link example is "the article story": it also gets print and forced-colours shots. */
export const ARTICLE_TITLE = 'Examples/Gut-Immune Link';

/**
 * Every story gets the first three modes; the article story gets all five. `theme` and
 * `dir` go to the preview's globals (see .storybook/preview.tsx), `media` / `forcedColors`
 * to Playwright's emulateMedia.
 */
export const MODES = [
  { key: 'light-ltr', label: 'Light · LTR', theme: 'light', dir: 'ltr' },
  { key: 'dark-ltr', label: 'Dark · LTR', theme: 'dark', dir: 'ltr' },
  { key: 'light-rtl', label: 'Light · RTL', theme: 'light', dir: 'rtl' },
  { key: 'print-ltr', label: 'Print · LTR', theme: 'light', dir: 'ltr', media: 'print', articleOnly: true },
  { key: 'forced-ltr', label: 'Forced colours · LTR', theme: 'light', dir: 'ltr', forcedColors: 'active', articleOnly: true },
];

const isArticle = (entry) => entry.title === ARTICLE_TITLE || entry.title.startsWith(`${ARTICLE_TITLE}/`);

/** The shots for a built Storybook's index.json: every `Variants` story plus the article story. */
export function shotsFromIndex(index) {
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && (entry.name === 'Variants' || isArticle(entry)))
    .sort((a, b) => a.id.localeCompare(b.id));
  const shots = [];
  for (const story of stories) {
    for (const mode of MODES) {
      if (mode.articleOnly && !isArticle(story)) continue;
      for (const width of WIDTHS) {
        shots.push({
          file: `${story.id}--${mode.key}-${width}.png`,
          storyId: story.id,
          title: story.title,
          name: story.name,
          mode: mode.key,
          label: mode.label,
          width,
        });
      }
    }
  }
  return shots;
}

/**
 * The Chromium path and flags live in build/chromium.ts; Node 20 cannot import
 * TypeScript, so strip the types with the compiler we already depend on.
 */
export async function chromiumConfig() {
  const { default: ts } = await import('typescript');
  const source = readFileSync(`${ROOT}build/chromium.ts`, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return { path: module.CHROMIUM_PATH, args: module.CHROMIUM_ARGS };
}

export const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
