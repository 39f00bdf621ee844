import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { warnOnce } from '../internal/warn';
import { blockLabel, headingTag, type ArticleBlocksLabels } from './blockLabels';
import { filled, shown } from './parts';

/** What kind of note a `Callout` is. */
export type CalloutTone = 'info' | 'tip' | 'caution' | 'warning';

// 24×24 outline icons, drawn with a 2px round stroke in the tone's colour.
const ICONS: Record<CalloutTone, string> = {
  info: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 11v5M12 8v.01',
  tip: 'M12 3a6 6 0 0 0-3.5 10.9V17h7v-3.1A6 6 0 0 0 12 3zM10 21h4',
  caution: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v6M12 16v.01',
  warning: 'M12 3 2 20h20zM12 9v5M12 17v.01',
};

export interface CalloutProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** Sets the icon, the colours and the label read first ("Important: …"). @default "info" */
  tone?: CalloutTone;
  /** Visible title after the label. */
  title?: ReactNode;
  /** Render the label and title as a heading of this level; a paragraph when not set. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the label for screen readers only, when the title says it visually. @default false */
  hideLabel?: boolean;
  /** Replacement labels, e.g. `es.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, CalloutTone>>;
}

/**
 * A note set apart from the text: an icon, a label that screen readers hear first
 * ("Important: …"), an optional title and any content. A `role="note"` element, not a
 * landmark, so a page may hold many without naming each.
 */
export const Callout = /* @__PURE__ */ forwardRef<HTMLDivElement, CalloutProps>(function Callout(props, ref) {
  const { tone: toneProp = 'info', title, headingLevel, hideLabel, labels, className, children, ...rest } = props;
  const known = Object.hasOwn(ICONS, toneProp);
  if (process.env.NODE_ENV !== 'production' && !known) warnOnce(`Callout: unknown tone "${String(toneProp)}"; "info" was used.`);
  const tone: CalloutTone = known ? toneProp : 'info';
  const titled = shown(title);
  if (!titled && !filled(children)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Callout: no title and no content; nothing was rendered.');
    return null;
  }
  // A heading of a hidden label alone would look empty: then the label is a paragraph.
  const Title = headingTag(titled || !hideLabel ? headingLevel : undefined, 'p');
  return (
    <div ref={ref} role="note" className={cx('wr-callout', className)} data-tone={tone} {...rest}>
      <svg
        className="wr-callout__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="24"
        height="24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICONS[tone]} />
      </svg>
      <div className="wr-callout__body">
        <Title className="wr-callout__title">
          <span className={hideLabel ? 'wr-visually-hidden' : 'wr-callout__label'}>
            {blockLabel(labels, tone)}
            <span className="wr-visually-hidden">:</span>
          </span>{' '}
          {title}
        </Title>
        {children}
      </div>
    </div>
  );
});
