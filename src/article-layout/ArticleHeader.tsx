import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import type { DateInput } from '../internal/date';
import { warnOnce } from '../internal/warn';
import { readingMinutes } from '../reading-time/minutes';
import { ReadingTimeDisplay } from '../reading-time/ReadingTimeDisplay';
import { bylineOf, type ArticlePerson } from './Byline';
import type { ArticleLayoutLabels } from './labels';
import { shown } from './parts';

export interface ArticleHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'title'> {
  /** The article's title: the page's one `h1`. */
  title: ReactNode;
  /** Category or kicker above the title, e.g. "Gut health" (may be a link). */
  eyebrow?: ReactNode;
  /** Standfirst: one or two sentences under the title. */
  dek?: ReactNode;
  /** Who wrote the article. */
  authors?: ArticlePerson | readonly ArticlePerson[];
  /** Who medically reviewed it. */
  reviewers?: ArticlePerson | readonly ArticlePerson[];
  /** Publication date; invalid dates are left out. */
  published?: DateInput;
  /** Date of the last update; invalid dates are left out. */
  updated?: DateInput;
  /** Minutes to read, shown in the meta line (see `readingTime()` to compute them). */
  readingTime?: number;
  /** More items for the meta line. */
  meta?: ReactNode;
  /** Your own byline in place of the authors and reviewers lines. */
  byline?: ReactNode;
  /** Id of the `h1`, e.g. for `aria-labelledby`. */
  titleId?: string;
  /** BCP 47 locale for dates, numbers and lists. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

/** The article's header: eyebrow, `h1` title, dek, byline and a meta line with dates and reading time. */
export const ArticleHeader = /* @__PURE__ */ forwardRef<HTMLElement, ArticleHeaderProps>(function ArticleHeader(props, ref) {
  const {
    title,
    eyebrow,
    dek,
    authors,
    reviewers,
    published,
    updated,
    readingTime,
    meta,
    byline,
    titleId,
    locale = 'en',
    labels,
    className,
    ...rest
  } = props;
  const minutes = readingMinutes(readingTime, 'ArticleHeader: readingTime');
  if (process.env.NODE_ENV !== 'production' && !shown(title)) warnOnce('ArticleHeader: the title is empty, so the page has no h1.');
  const credit = bylineOf({
    authors: byline ? undefined : authors,
    reviewers: byline ? undefined : reviewers,
    published,
    updated,
    meta: [minutes && <ReadingTimeDisplay key="rt" minutes={minutes} locale={locale} labels={labels?.readingTime} />, meta],
    locale,
    labels,
  });
  // Nothing to show, not even a title: no empty header.
  if (!credit && ![title, eyebrow, dek, byline].some(shown)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('ArticleHeader: no title and nothing else to show; nothing was rendered.');
    return null;
  }
  return (
    <header ref={ref} className={cx('wr-article-header', className)} {...rest}>
      {shown(eyebrow) && <p className="wr-article-header__eyebrow">{eyebrow}</p>}
      {shown(title) && (
        <h1 id={titleId} className="wr-article-header__title">
          {title}
        </h1>
      )}
      {shown(dek) && <p className="wr-article-header__dek">{dek}</p>}
      {byline}
      {credit}
    </header>
  );
});
