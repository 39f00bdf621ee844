// Emoji and their helpers: pictographs, keycap and variation selectors (marks, so \p{M} would keep them).
const EMOJI = /[\p{Extended_Pictographic}\u{fe0e}\u{fe0f}\u{20e3}]/gu;
// Spaces, dashes, slashes and underscores separate words; other punctuation and symbols go.
const SEPARATORS = /[\s\p{Pd}/_]+/gu;
const OTHER = /[^\p{L}\p{M}\p{N}-]/gu;

/**
 * A URL-fragment id for a heading: letters of any script kept, lower-cased, emoji and
 * punctuation removed, spaces turned into hyphens. `"section"` when nothing is left.
 * Stable: the same text always gives the same slug, on the server and in the browser.
 */
export function slugify(text: string): string {
  const slug = String(text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(EMOJI, '')
    .replace(SEPARATORS, '-')
    .replace(OTHER, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'section';
}

/** `base`, or `base-2`, `base-3`, … — the first not in `taken`, which is then added to it. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Slugs unique among those it has handed out: "Tips", "Tips" → "tips", "tips-2". */
export function createSlugger(taken: Set<string> = new Set()): (text: string) => string {
  return (text) => uniqueSlug(slugify(text), taken);
}
