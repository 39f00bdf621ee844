import { Children, forwardRef, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { safeUrl } from '../internal/safeUrl';
import { blockLabel, type ArticleBlocksLabels } from './blockLabels';
import { hostOf, shown } from './parts';

export interface StatHighlightProps extends ComponentPropsWithoutRef<'div'> {
  /** The figure, e.g. "70–80%". */
  value: ReactNode;
  /** What the figure means, read with it as one phrase; `children` work too, an MDX paragraph included. */
  caption?: ReactNode;
  /** Name of the source, e.g. "Vighi et al., Clinical & Experimental Immunology, 2008". */
  source?: ReactNode;
  /** Link to the source; only http(s) URLs are kept. */
  sourceUrl?: string;
  /** Replacement labels, e.g. `es.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, 'source'>>;
}

// The inline (phrasing) tags a caption may hold.
const PHRASING = /^([abiqsu]|abbr|bd[io]|br|cite|code|data|del|dfn|em|img|ins|kbd|mark|samp|small|span|strong|su[bp]|time|var|wbr)$/;

/**
 * True when `node` may sit in a `<p>`: words, inline tags, and components written within a
 * sentence (next to words). A component alone may render a block, so it is not.
 */
function inline(node: ReactNode): boolean {
  const nodes = Children.toArray(node);
  const words = nodes.some((child) => !isValidElement(child) && shown(child));
  return nodes.every((child) =>
    !isValidElement<{ children?: ReactNode }>(child) ||
    (typeof child.type == 'string' ? PHRASING.test(child.type) && inline(child.props.children) : words),
  );
}

/**
 * A big figure and its caption in one paragraph ("**70–80%** of your immune system cells
 * reside in your gut"), so screen readers and copy/paste get one phrase, with an optional
 * source line. Blocks as children (several paragraphs, a list) follow the figure in a `<div>`.
 */
export const StatHighlight = /* @__PURE__ */ forwardRef<HTMLDivElement, StatHighlightProps>(function StatHighlight(props, ref) {
  const { value, caption, source, sourceUrl, labels, className, children, ...rest } = props;
  if (!shown(value)) return null;
  const href = safeUrl(sourceUrl, { context: process.env.NODE_ENV !== 'production' ? 'StatHighlight sourceUrl' : undefined });
  const sourceText = shown(source) ? source : hostOf(href);
  let content = shown(caption) ? caption : children;
  const nodes = Children.toArray(content).filter(shown);
  const [only] = nodes;
  // MDX turns a caption on its own lines into a `<p>`: its words join the figure's paragraph,
  // so they stay one phrase. (A site's own `p` component cannot be told from any other
  // component, e.g. a highlight around the caption, so it is kept, in a <div> statement.)
  if (nodes.length < 2 && isValidElement<{ children?: ReactNode }>(only) && only.type === 'p' && inline(only.props.children)) {
    content = only.props.children;
  }
  // Blocks (several paragraphs, a list), or a component alone that may render one, cannot sit in a `<p>`.
  const Statement = inline(content) ? 'p' : 'div';
  return (
    <div ref={ref} className={cx('wr-stat', className)} {...rest}>
      <Statement className="wr-stat__statement">
        <strong className="wr-stat__value">{value}</strong> {content}
      </Statement>
      {sourceText && (
        <p className="wr-stat__source">
          {blockLabel(labels, 'source')}{' '}
          {href ? (
            <a className="wr-stat__link" href={href}>
              {sourceText}
            </a>
          ) : (
            sourceText
          )}
        </p>
      )}
    </div>
  );
});
