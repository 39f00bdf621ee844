import { createElement, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { formatPlural } from '../internal/plural';
import { safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { blockLabel, headingTag, type ArticleBlocksLabels } from './blockLabels';
import { asText, dated, hostOf, objects, shown } from './parts';
import type { ReferenceItem } from './referenceNumber';

type ReferencesLabelKey = 'references' | 'showReferences' | 'backToCitation' | 'accessed';

export interface ReferencesProps extends ComponentPropsWithoutRef<'section'> {
  /** The sources, numbered in this order. */
  references: readonly ReferenceItem[];
  /** Heading above the list. @default labels.references ("References") */
  heading?: ReactNode;
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Collapse the list on screen behind a native `<details>`; print always shows it. @default false */
  collapsible?: boolean;
  /** BCP 47 locale for the accessed dates. @default "en" */
  locale?: string;
  /** Replacement labels, e.g. `es.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, ReferencesLabelKey>>;
}

const DOI = /^10\.\d{4,9}\/\S+$/;

// Parts and back-links go to createElement one by one, so they need no keys.
function reference(item: ReferenceItem, number: number, locale: string, labels: ReferencesProps['labels']) {
  const { id, authors, url, doi, pmid, accessed, cited = 1 } = item;
  const [title, journal, publisher, year] = [item.title, item.journal, item.publisher, item.year].map(asText);
  // Without an id, the number names the item, so ids stay unique.
  const key = id || number;
  const parts: ReactNode[] = [];
  // A part ends with ". " unless it already ends a sentence.
  const add = (text: string | undefined, node: ReactNode = text) => text && parts.push(node, /[.!?]$/.test(text) ? ' ' : '. ');
  const identifier = (prefix: string, href: string, text: string) =>
    parts.push(
      prefix,
      <a className="wr-references__link" href={href}>
        {text}
      </a>,
      '. ',
    );
  add([authors].flat().map(asText).filter(Boolean).join(', '));
  const context = process.env.NODE_ENV !== 'production' ? `References ${key}` : undefined;
  const href = safeUrl(url, { context });
  // Without a title, the link is named by its host (the whole URL when it has none), never dropped.
  const name = title || hostOf(href);
  if (process.env.NODE_ENV !== 'production' && !title) warnOnce(`References ${key}: the source has no title.`);
  add(
    name,
    href ? (
      <a className="wr-references__title" href={href}>
        {name}
      </a>
    ) : (
      name
    ),
  );
  add(journal, <cite>{journal}</cite>);
  add(publisher);
  // One text node, as the year has always been: splitting it shifts the glyphs.
  if (year) parts.push(year + (/[.!?]$/.test(year) ? ' ' : '. '));
  // Only a string is a DOI (a number or a list is not).
  const doiText = typeof doi == 'string' ? doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '') : '';
  // encodeURIComponent leaves nothing that safeUrl would drop.
  if (DOI.test(doiText)) identifier('doi:', `https://doi.org/${encodeURIComponent(doiText).replace(/%2F/gi, '/')}`, doiText);
  else if (process.env.NODE_ENV !== 'production') {
    const given = doiText || String(doi ?? '').trim();
    if (given) warnOnce(`References ${key}: "${given.slice(0, 80)}" is not a DOI; it was left out.`);
  }
  const pmidText = String(pmid ?? '').trim();
  if (/^\d{1,9}$/.test(pmidText)) identifier('PMID: ', `https://pubmed.ncbi.nlm.nih.gov/${pmidText}/`, pmidText);
  else if (process.env.NODE_ENV !== 'production' && pmidText) warnOnce(`References ${key}: "${pmidText.slice(0, 80)}" is not a PubMed ID; it was left out.`);
  parts.push(dated(blockLabel(labels, 'accessed') + '. ', accessed, locale, context));
  // Bounded: a wrong count must not render thousands of links.
  const count = Math.min(Math.floor(cited) || 0, 50);
  for (let i = 1; i <= count; i++) {
    const suffix = count > 1 ? i : '';
    parts.push(
      <a className="wr-references__back" href={`#cite-${key}-${i}`}>
        <span aria-hidden="true">{'↩' + suffix}</span>
        <span className="wr-visually-hidden">{blockLabel(labels, 'backToCitation').replace('{number}', `${number}${suffix && '.' + suffix}`)}</span>
      </a>,
    );
  }
  return createElement('li', { key: number, id: `ref-${key}`, className: 'wr-references__item' }, ...parts);
}

/**
 * Numbered sources with DOI and PubMed links, each `<li id="ref-<id>">` linking back to
 * its `Cite`s. With `collapsible`, a native `<details>` hides the list on screen only.
 * Renders nothing without sources.
 */
export const References = /* @__PURE__ */ forwardRef<HTMLElement, ReferencesProps>(function References(props, ref) {
  const { references: given, heading, headingLevel, collapsible, locale = 'en', labels, className, ...rest } = props;
  // Holes and non-objects are skipped, here and in referenceNumber, so the numbers still agree.
  const references = objects(given);
  if (process.env.NODE_ENV !== 'production' && given != null) {
    if (!Array.isArray(given)) warnOnce('References: references is not a list; nothing was rendered.');
    else if (references.length < given.length) warnOnce(`References: ${given.length - references.length} of ${given.length} items are not objects; they were left out.`);
  }
  if (!references.length) return null;
  if (process.env.NODE_ENV !== 'production') {
    const seen = new Set<string>();
    references.forEach(({ id }, index) => {
      const key = `${id || index + 1}`;
      if (!id) warnOnce(`References: source ${key} has no id, so it is "ref-${key}" and Cite cannot link to it by id.`);
      if (seen.has(key)) warnOnce(`References: id "${key}" is used twice.`);
      seen.add(key);
    });
  }
  const Heading = headingTag(headingLevel);
  const list = (
    <ol className="wr-references__list">
      {references.map((item, index) => reference(item, index + 1, locale, labels))}
    </ol>
  );
  return (
    <section ref={ref} className={cx('wr-references', className)} {...rest}>
      <Heading className="wr-references__heading">{shown(heading) ? heading : blockLabel(labels, 'references')}</Heading>
      {collapsible ? (
        <details className="wr-references__details">
          <summary className="wr-references__summary">
            {formatPlural({ other: blockLabel(labels, 'showReferences') }, references.length, locale)}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
});
