import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { warnOnce } from '../internal/warn';
import { blockLabel, headingTag, type ArticleBlocksLabels } from './blockLabels';
import { filled, shown } from './parts';

export interface MedicalDisclaimerProps extends ComponentPropsWithoutRef<'div'> {
  /** Title above the text. @default labels.disclaimer ("Medical disclaimer") */
  heading?: ReactNode;
  /** Render `heading` as a heading of this level; a paragraph when not set. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Replacement text, e.g. `es.articleBlocks`; `children` (a string or your own markup) replace the text. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, 'disclaimer' | 'disclaimerText'>>;
}

/**
 * "For information only, not medical advice, talk to a healthcare professional": a
 * default text in five languages that a site replaces with `children`. Printed too.
 */
export const MedicalDisclaimer = /* @__PURE__ */ forwardRef<HTMLDivElement, MedicalDisclaimerProps>(
  function MedicalDisclaimer(props, ref) {
    const { heading, headingLevel, labels, className, children, ...rest } = props;
    const Heading = headingTag(headingLevel, 'p');
    // Blank text counts as none: the default text, never an empty paragraph.
    const own = filled(children);
    if (process.env.NODE_ENV !== 'production' && !own && typeof children == 'string') warnOnce('MedicalDisclaimer: the text is blank; the default text was used.');
    return (
      <div ref={ref} role="note" className={cx('wr-disclaimer', className)} {...rest}>
        <Heading className="wr-disclaimer__title">
          {shown(heading) ? heading : blockLabel(labels, 'disclaimer')}
        </Heading>
        {own && typeof children != 'string' ? (
          children
        ) : (
          <p className="wr-disclaimer__text">{own ? children : blockLabel(labels, 'disclaimerText')}</p>
        )}
      </div>
    );
  },
);
