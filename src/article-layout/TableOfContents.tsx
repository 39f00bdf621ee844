import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { withDefaults } from '../internal/labels';
import { warnOnce } from '../internal/warn';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { asText } from './parts';
import { buildToc, sectionLevel, type TocEntry, type TocItem } from './toc';
import { TocHighlighter } from './TocHighlighter';

export interface TableOfContentsProps extends ComponentPropsWithoutRef<'nav'> {
  /** The sections, in page order: `buildToc(...)` output, or entries whose ids are then made the same way. */
  items: readonly TocEntry[];
  /** Level of the "On this page" heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Mark the link of the section being read with `aria-current="true"` while scrolling (needs JavaScript). @default true */
  highlight?: boolean;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

interface Node extends TocItem {
  children: Node[];
}

function list(nodes: Node[], className: string): ReactNode {
  return (
    <ol className={className}>
      {nodes.map((node, index) => (
        // Keyed by position: a site may repeat an id by mistake, and the list never reorders.
        <li key={index} className="wr-toc__item">
          <a className="wr-toc__link" href={`#${node.id}`}>
            {node.title}
          </a>
          {node.children[0] && list(node.children, 'wr-toc__sublist')}
        </li>
      ))}
    </ol>
  );
}

/**
 * "On this page": a `<nav>` of plain `#id` links built from data, nested by heading level.
 * Works without JavaScript; with it, the current section's link gets `aria-current="true"`.
 */
export const TableOfContents = /* @__PURE__ */ forwardRef<HTMLElement, TableOfContentsProps>(function TableOfContents(props, ref) {
  const { items, headingLevel, highlight = true, labels, id, className, ...rest } = props;
  const autoId = useId();
  // Ids come from the whole list, so they match the sections built from it; a blank title
  // would be an empty link.
  const toc = buildToc(items).filter((item) => {
    // Only strings and numbers are text: anything else would throw as a link's content.
    const named = asText(item.title);
    if (process.env.NODE_ENV !== 'production' && !named) warnOnce(`TableOfContents: the entry "${item.id}" has no title; it was left out.`);
    return named;
  });
  if (!toc.length) return null;
  const navId = id || `wr-toc${autoId}`;
  const Heading = `h${sectionLevel(headingLevel)}` as const;
  // A section nests under the nearest earlier section of a lower level: one pass with a
  // stack of open sections, so long or hostile lists stay linear.
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const item of toc) {
    const node: Node = { ...item, children: [] };
    while (open[0] && open[open.length - 1]!.level >= node.level) open.pop();
    (open[open.length - 1]?.children ?? roots).push(node);
    open.push(node);
  }
  return (
    <nav ref={ref} id={navId} aria-labelledby={`${navId}-title`} className={cx('wr-toc', className)} {...rest}>
      <Heading id={`${navId}-title`} className="wr-toc__title">
        {withDefaults(articleLayoutLabels, labels).toc}
      </Heading>
      {list(roots, 'wr-toc__list')}
      {/* Keyed by the ids: new sections under the same nav restart the observer. */}
      {highlight && <TocHighlighter key={toc.map((item) => item.id).join('\n')} navId={navId} />}
    </nav>
  );
});
