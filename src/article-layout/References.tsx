import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { formatDate, isoDateTime, toDate } from '../internal/date';
import { withDefaults } from '../internal/labels';
import { formatPlural } from '../internal/plural';
import { safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { articleBlocksLabels, type ArticleBlocksLabels } from './blockLabels';
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

function link(key: string, href: string, text: string, kind = 'link') {
  return (
    <a key={key} className={`wr-references__${kind}`} href={href}>
      {text}
    </a>
  );
}

/** Ends a part with ". " unless it already ends a sentence. */
function end(text: string): string {
  return /[.!?]$/.test(text) ? ' ' : '. ';
}

function Reference({ item, number, locale, l }: { item: ReferenceItem; number: number; locale: string; l: ArticleBlocksLabels }) {
  const { id, authors, title, journal, publisher, year, url, doi, pmid, accessed, cited = 1 } = item;
  const parts: ReactNode[] = [];
  const authorText = typeof authors === 'string' ? authors : authors?.filter(Boolean).join(', ');
  if (authorText) parts.push(authorText, end(authorText));
  const href = safeUrl(url, { context: `References ${id}` });
  if (title) parts.push(href ? link('t', href, title, 'title') : title, end(title));
  if (journal) parts.push(<cite key="j">{journal}</cite>, end(journal));
  if (publisher) parts.push(publisher, end(publisher));
  if (year) parts.push(`${year}. `);
  const doiText = doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (doiText) {
    const doiUrl = DOI.test(doiText) && safeUrl(`https://doi.org/${encodeURIComponent(doiText).replace(/%2F/gi, '/')}`);
    if (doiUrl) parts.push('doi:', link('d', doiUrl, doiText), '. ');
    else if (process.env.NODE_ENV !== 'production') warnOnce(`References ${id}: "${doiText.slice(0, 80)}" is not a DOI; it was left out.`);
  }
  const pmidText = pmid === undefined || pmid === null ? '' : String(pmid).trim();
  if (pmidText) {
    if (/^\d{1,9}$/.test(pmidText)) parts.push('PMID: ', link('p', `https://pubmed.ncbi.nlm.nih.gov/${pmidText}/`, pmidText), '. ');
    else if (process.env.NODE_ENV !== 'production') warnOnce(`References ${id}: "${pmidText.slice(0, 80)}" is not a PubMed ID; it was left out.`);
  }
  const date = toDate(accessed, `References ${id}`);
  if (date) {
    const [before = '', after = ''] = l.accessed.split('{date}');
    parts.push(before, <time key="a" dateTime={isoDateTime(date, accessed)}>{formatDate(date, locale)}</time>, `${after}. `);
  }
  const backLinks: ReactNode[] = [];
  // Bounded: a wrong count must not render thousands of links.
  const count = Math.min(Math.floor(cited) || 0, 50);
  for (let i = 1; i <= count; i++) {
    const label = l.backToCitation.replace('{number}', count > 1 ? `${number}.${i}` : String(number));
    backLinks.push(
      <a key={i} className="wr-references__back" href={`#cite-${id}-${i}`}>
        <span aria-hidden="true">{count > 1 ? `↩${i}` : '↩'}</span>
        <span className="wr-visually-hidden">{label}</span>
      </a>,
    );
  }
  return (
    <li id={`ref-${id}`} className="wr-references__item">
      {parts}
      {backLinks}
    </li>
  );
}

/**
 * Numbered sources with DOI and PubMed links, each `<li id="ref-<id>">` linking back to
 * its `Cite`s. With `collapsible`, a native `<details>` hides the list on screen only.
 * Renders nothing without sources.
 */
export const References = /* @__PURE__ */ forwardRef<HTMLElement, ReferencesProps>(function References(props, ref) {
  const { references: given, heading, headingLevel = 2, collapsible = false, locale = 'en', labels, className, ...rest } = props;
  // Holes in the data are skipped, here and in referenceNumber, so the numbers still agree.
  const references = given?.filter(Boolean) ?? [];
  if (!references.length) return null;
  const l = withDefaults<ArticleBlocksLabels>(articleBlocksLabels, labels);
  if (process.env.NODE_ENV !== 'production') {
    const seen = new Set<string>();
    for (const { id } of references) {
      if (seen.has(id)) warnOnce(`References: id "${id}" is used twice.`);
      seen.add(id);
    }
  }
  const Heading = `h${headingLevel}` as 'h2';
  const list = (
    <ol className="wr-references__list">
      {references.map((item, index) => (
        <Reference key={index} item={item} number={index + 1} locale={locale} l={l} />
      ))}
    </ol>
  );
  return (
    <section ref={ref} className={cx('wr-references', className)} {...rest}>
      <Heading className="wr-references__heading">{heading ?? l.references}</Heading>
      {collapsible ? (
        <details className="wr-references__details">
          <summary className="wr-references__summary">
            {formatPlural({ other: l.showReferences }, references.length, locale)}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
});
