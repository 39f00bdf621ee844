import type { DateInput } from '../internal/date';
import { objects } from './parts';

/** One source in `References`. */
export interface ReferenceItem {
  /** Unique, stable key ("vighi2008"); the item gets `id="ref-<id>"`, its citations `cite-<id>-<n>`. */
  id: string;
  /** Authors as written ("Vighi G, Marcucci F") or a list, joined with commas. */
  authors?: string | readonly string[];
  /** Title of the article, page or book; linked to `url` when that is safe. */
  title: string;
  /** Journal, set in italics. */
  journal?: string;
  /** Publisher or website, e.g. "NHS" or "Harvard Health Publishing". */
  publisher?: string;
  /** Year of publication. */
  year?: string | number;
  /** Address of the source; only http(s) URLs are kept. */
  url?: string;
  /** DOI ("10.1111/…", "doi:10.1111/…" or a doi.org URL); linked to https://doi.org/<doi>. */
  doi?: string;
  /** PubMed ID; linked to https://pubmed.ncbi.nlm.nih.gov/<pmid>/. */
  pmid?: string | number;
  /** When a web source was read; invalid dates are left out. */
  accessed?: DateInput;
  /** How many `Cite`s point at this source: one back-link each (0 for none). @default 1 */
  cited?: number;
}

/**
 * The number (1-based) that `References` gives the source with this `id`, or `undefined`
 * when it is not in the list. Pure: call it anywhere, on the server too, for `Cite`'s `number`.
 */
export function referenceNumber(references: readonly Pick<ReferenceItem, 'id'>[], id: string): number | undefined {
  // Without an id there is nothing to find: an id-less source must not match.
  // Holes and non-objects are skipped, as References skips them, so the numbers agree.
  const index = id ? objects(references).findIndex((item) => item.id === id) : -1;
  return index + 1 || undefined;
}
