import { slugify, uniqueSlug } from '../internal/slug';
import { warnOnce } from '../internal/warn';
import { objects } from './parts';

/** A heading level of a section inside an article (the title is the `h1`). */
export type SectionLevel = 2 | 3 | 4;

/** A section as a site knows it: its heading text, and optionally its id and level. */
export interface TocEntry {
  /** The heading text. */
  title: string;
  /** The heading's id; when absent, a slug of `title`, unique among the entries. */
  id?: string;
  /** Heading level. @default 2 */
  level?: SectionLevel;
}

/** A section with its final id and level, ready for `TableOfContents` and `ArticleSection`. */
export interface TocItem {
  /** Unique id of the heading. */
  id: string;
  /** The heading text. */
  title: string;
  /** Heading level. */
  level: SectionLevel;
}

/** 3 and 4 as given, anything else 2. */
export function sectionLevel(level: unknown): SectionLevel {
  return level === 3 || level === 4 ? level : 2;
}

/**
 * Gives every section a unique id from data, the same on the server and in the browser:
 * explicit ids are kept, the others become slugs of their titles with -2, -3 … on repeats.
 * Use the result for both the `TableOfContents` and the `ArticleSection`s:
 * `toc.map((item) => <ArticleSection key={item.id} {...item}>…</ArticleSection>)`.
 * Holes and non-objects in the list are skipped; anything but an array gives `[]`.
 */
export function buildToc(given: readonly TocEntry[]): TocItem[] {
  const entries = objects(given);
  // Absent ids go in too: slugs are never empty, so they cannot collide with them.
  const taken = new Set(entries.map((entry) => entry.id));
  if (process.env.NODE_ENV !== 'production') {
    if (given != null) {
      if (!Array.isArray(given)) warnOnce('buildToc: the entries are not a list; there are none.');
      else if (entries.length < given.length) warnOnce(`buildToc: ${given.length - entries.length} of ${given.length} entries are not objects; they were left out.`);
    }
    const seen = new Set<string>();
    for (const { id } of entries) {
      if (id && seen.has(id)) warnOnce(`buildToc: the id "${id}" is used twice.`);
      if (id) seen.add(id);
    }
  }
  return entries.map(({ title, id, level }) => ({
    id: id || uniqueSlug(slugify(title), taken as Set<string>),
    title,
    level: sectionLevel(level),
  }));
}
