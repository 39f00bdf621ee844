// Removed outright: punctuation and symbols ("isn’t" → "isnt") and emoji with their helpers
// (keycap, variation selectors, which are marks, and pictographs such as ℹ that are letters).
const REMOVED = /[\p{Extended_Pictographic}\u20e3\ufe0e\ufe0f]|[^\p{L}\p{M}\p{N}\s\p{Pd}/_]/gu;
// What is left is words and the spaces, dashes, slashes and underscores between them.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A URL-fragment id for a heading: letters of any script kept, lower-cased, emoji and
 * punctuation removed, spaces turned into hyphens. `"section"` when nothing is left.
 * Stable: the same text always gives the same slug, on the server and in the browser.
 */
export function slugify(text: string): string {
  return (
    String(text ?? '')
      .normalize('NFC')
      .toLowerCase()
      .replace(REMOVED, '')
      .match(WORD)
      ?.join('-') || 'section'
  );
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
