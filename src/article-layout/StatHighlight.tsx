import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { safeUrl } from '../internal/safeUrl';
import { blockLabel, type ArticleBlocksLabels } from './blockLabels';
import { shown } from './parts';

export interface StatHighlightProps extends ComponentPropsWithoutRef<'div'> {
  /** The figure, e.g. "70–80%". */
  value: ReactNode;
  /** What the figure means, read with it as one phrase; `children` work too. */
  caption?: ReactNode;
  /** Name of the source, e.g. "Vighi et al., Clinical & Experimental Immunology, 2008". */
  source?: ReactNode;
  /** Link to the source; only http(s) URLs are kept. */
  sourceUrl?: string;
  /** Replacement labels, e.g. `es.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, 'source'>>;
}

/**
 * A big figure and its caption in one paragraph ("**70–80%** of your immune system cells
 * reside in your gut"), so screen readers and copy/paste get one phrase, with an optional
 * source line.
 */
export const StatHighlight = /* @__PURE__ */ forwardRef<HTMLDivElement, StatHighlightProps>(function StatHighlight(props, ref) {
  const { value, caption, source, sourceUrl, labels, className, children, ...rest } = props;
  if (!shown(value)) return null;
  const href = safeUrl(sourceUrl, { context: process.env.NODE_ENV !== 'production' ? 'StatHighlight sourceUrl' : undefined });
  const sourceText = shown(source) ? source : href?.replace(/^https?:\/\/(?:www\.)?([^/?#]+).*$/i, '$1');
  return (
    <div ref={ref} className={cx('wr-stat', className)} {...rest}>
      <p className="wr-stat__statement">
        <strong className="wr-stat__value">{value}</strong> {caption ?? children}
      </p>
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
