import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../internal/className';
import { toDate, type DateInput } from '../internal/date';
import { withDefaults } from '../internal/labels';
import { warnOnce } from '../internal/warn';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { dated, line } from './parts';

export interface ReviewDatesProps extends ComponentPropsWithoutRef<'p'> {
  /** When the page was last medically reviewed; invalid dates are left out. */
  lastReviewed?: DateInput;
  /** When the next review is due; in development a warning says when it has passed. */
  nextReview?: DateInput;
  /** BCP 47 locale for the dates. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

// Contexts only name the prop in development warnings, so production builds leave them out.
const LAST = process.env.NODE_ENV !== 'production' ? 'ReviewDates lastReviewed' : undefined;
const NEXT = process.env.NODE_ENV !== 'production' ? 'ReviewDates nextReview' : undefined;

/** Whether `ReviewDates` renders anything for these dates; an invalid one warns once, as there. */
export const hasReviewDates = (lastReviewed?: DateInput, nextReview?: DateInput): boolean =>
  !!(toDate(lastReviewed, LAST) || toDate(nextReview, NEXT));

/**
 * "Page last reviewed: 15 March 2026 · Next review due: 15 March 2029", with `<time>`
 * elements. Printed with the article. Renders nothing without a valid date.
 */
export const ReviewDates = /* @__PURE__ */ forwardRef<HTMLParagraphElement, ReviewDatesProps>(function ReviewDates(props, ref) {
  const { lastReviewed, nextReview, locale = 'en', labels, className, ...rest } = props;
  const l = withDefaults(articleLayoutLabels, labels);
  const items = line(
    [dated(l.lastReviewed, lastReviewed, locale, LAST), dated(l.nextReview, nextReview, locale, NEXT)],
    'wr-review-dates__item',
  );
  if (process.env.NODE_ENV !== 'production') {
    // The same context as above, so an invalid date is not warned about twice.
    const due = toDate(nextReview, NEXT);
    if (due && due.getTime() < Date.now()) warnOnce(`ReviewDates: the review was due on ${due.toISOString().slice(0, 10)}.`);
  }
  if (!items.length) return null;
  return (
    <p ref={ref} className={cx('wr-review-dates', className)} {...rest}>
      {items}
    </p>
  );
});
