import {
  forwardRef,
  isValidElement,
  useId,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx } from '../internal/className';
import type { DateInput } from '../internal/date';
import { withDefaults } from '../internal/labels';
import { safeSrcSet, safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader';
import { ArticleJsonLd, type ArticleJsonLdProps } from './ArticleJsonLd';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { fill, shown, textOf } from './parts';
import { hasReviewDates, ReviewDates } from './ReviewDates';

/** The hero image, described so the browser reserves its space before it loads. */
export interface ArticleImage {
  /** Image URL (http, https or relative). */
  src: string;
  /** Text alternative; `""` when the image is decorative. */
  alt: string;
  /** Intrinsic width in pixels; with `height`, reserves the space. */
  width?: number;
  /** Intrinsic height in pixels. */
  height?: number;
  /** Shape of the frame, e.g. `16 / 9`, `"4 / 3"` or `"16:9"`; the image is cropped to fill it. Rendered as width and height (a given width or height is kept), never an inline style. */
  aspectRatio?: number | string;
  /** Responsive candidates, as the `srcset` attribute. */
  srcSet?: string;
  /** Display widths for `srcSet`, as the `sizes` attribute. */
  sizes?: string;
  /** Caption or credit under the image. */
  caption?: ReactNode;
}

/** The header's props that the layout passes on to `ArticleHeader`. */
type HeaderFields = 'eyebrow' | 'dek' | 'authors' | 'reviewers' | 'published' | 'updated' | 'readingTime' | 'meta' | 'byline';

export interface ArticleLayoutProps
  extends Omit<ComponentPropsWithoutRef<'article'>, 'title'>,
    Pick<ArticleHeaderProps, HeaderFields> {
  /** Arrangement: `default` one column; `wide` hero image across the whole frame (up to 80rem), text at its measure; `sidebar` table of contents and share rail beside the text on wide screens. Reflected as `data-variant`. @default "default" */
  variant?: 'default' | 'wide' | 'sidebar';
  /** The title, rendered as the page's one `h1` (omit when you pass `header`). */
  title?: ReactNode;
  /** Your own header in place of the built one (then `title`, `eyebrow`, `dek`, people and dates are not shown). */
  header?: ReactNode;
  /** Hero image: a description (space reserved from width/height or aspectRatio) or your own element, e.g. a framework image. */
  image?: ArticleImage | ReactElement;
  /** A `ReadingProgress` bar. */
  progress?: ReactNode;
  /** Share links above the text (not printed). */
  shareTop?: ReactNode;
  /** Share links after the text (not printed). */
  shareBottom?: ReactNode;
  /** Share links in a rail that stays beside the text on wide screens, in the flow on narrow ones (not printed). */
  shareRail?: ReactNode;
  /** A `TableOfContents`: above the text, or beside it in the `sidebar` variant. */
  toc?: ReactNode;
  /** When the page was last medically reviewed; shown with `nextReview` at the end, in print too. */
  lastReviewed?: DateInput;
  /** When the next review is due. */
  nextReview?: DateInput;
  /** A `MedicalDisclaimer`, first in the footer. */
  disclaimer?: ReactNode;
  /** `References`, in the footer. */
  references?: ReactNode;
  /** Related articles, in the footer. */
  related?: ReactNode;
  /** Anything else for the end of the footer. */
  footer?: ReactNode;
  /** The page's address: printed at the end of the printout, and used by `jsonLd`. */
  url?: string;
  /** Emit `ArticleJsonLd` from these props (the dek's text as `description`): `true`, or the extra props (`description`, `publisher`, `type`, …). @default false */
  jsonLd?: boolean | Partial<ArticleJsonLdProps>;
  /** BCP 47 locale for dates, numbers and lists. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

function hero(image: ArticleImage | ReactElement | undefined): ReactNode {
  if (!image || isValidElement(image)) return image;
  // Contexts only name the prop in development warnings, so production builds leave them out.
  const context = process.env.NODE_ENV !== 'production' ? 'ArticleLayout image' : undefined;
  const src = safeUrl(image.src, { allowRelative: true, context });
  if (!src) return null;
  const { alt, width, height, aspectRatio, srcSet, sizes, caption } = image;
  // 1.5, "16 / 9" or "16:9"; "16 / 0", "-16 / -9", "16 / 9 / 2", "auto" or anything else is no ratio.
  const parts = aspectRatio == null ? [] : `${aspectRatio}`.split(/[/:]/).map(Number);
  const [a = NaN, b = 1] = parts;
  const ratio = parts.length < 3 && a > 0 && b > 0 && a / b < Infinity;
  if (process.env.NODE_ENV !== 'production') {
    if (aspectRatio != null && !ratio) {
      warnOnce(`ArticleLayout: the image aspectRatio "${String(aspectRatio).slice(0, 80)}" is not a positive number or a ratio like "16 / 9"; it was ignored.`);
    }
    if (!(width && height) && !ratio) warnOnce('ArticleLayout: give the image width and height, or aspectRatio, to avoid layout shift.');
  }
  // The ratio as width and height, not an inline style, which a strict Content-Security-Policy
  // blocks: the given width (or height) with the other side that fits (1200 at 4 / 3 →
  // 1200 × 900), else 16 / 9 → 1600 × 900. The CSS sizes the image; without it, the given
  // size is kept.
  const [w, h] = !ratio
    ? [width, height]
    : width! > 0 && width! < 1e5
      ? [width, Math.round((width! * b) / a) || 1]
      : height! > 0 && height! < 1e5
        ? [Math.round((height! * a) / b) || 1, height]
        : [Math.round(a * 100) || 1, Math.round(b * 100) || 1];
  return (
    <figure className="wr-article__hero">
      {/* In <picture>, React 19 adds no <link rel="preload"> of its own to the server HTML. */}
      <picture className="wr-article__picture">
        <img
          className="wr-article__hero-img"
          src={src}
          srcSet={safeSrcSet(srcSet, context)}
          sizes={sizes}
          alt={alt ?? ''}
          width={w}
          height={h}
          data-fit={ratio ? 'cover' : undefined}
        />
      </picture>
      {caption != null && <figcaption className="wr-article__caption">{caption}</figcaption>}
    </figure>
  );
}

/**
 * The page frame of a health article: header with the one `h1`, hero image, share bars,
 * table of contents, the body (children), review dates and a footer for the disclaimer,
 * references and related articles. Server component; prints in black and white with
 * link addresses after body links and the page address at the end.
 */
export const ArticleLayout = /* @__PURE__ */ forwardRef<HTMLElement, ArticleLayoutProps>(function ArticleLayout(props, ref) {
  const {
    variant = 'default',
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
    header,
    image,
    progress,
    shareTop,
    shareBottom,
    shareRail,
    toc,
    disclaimer,
    references,
    related,
    footer,
    url,
    jsonLd,
    lastReviewed,
    nextReview,
    locale = 'en',
    labels,
    className,
    children,
    ...rest
  } = props;
  const titleId = `wr-title${useId()}`;
  const l = withDefaults(articleLayoutLabels, labels);
  const pageUrl = safeUrl(url, { context: process.env.NODE_ENV !== 'production' ? 'ArticleLayout url' : undefined });
  const showHeader = !header && shown(title);
  if (process.env.NODE_ENV !== 'production' && !header && !showHeader) {
    warnOnce('ArticleLayout: the page has no h1; give it a title, or your own header.');
  }
  const reviewDates = hasReviewDates(lastReviewed, nextReview) && (
    <ReviewDates lastReviewed={lastReviewed} nextReview={nextReview} locale={locale} labels={labels} />
  );
  const hasFooter = reviewDates || disclaimer || references || related || footer || pageUrl;
  return (
    <article
      ref={ref}
      className={cx('wr-article', className)}
      data-variant={variant}
      aria-labelledby={showHeader ? titleId : undefined}
      {...rest}
    >
      {progress}
      {/* The size container, apart from the fixed progress bar: browsers from before 2024
          give a container layout containment, which would fix the bar to it, not the viewport. */}
      <div className="wr-article__inner">
        <div className="wr-article__frame" data-variant={variant}>
          <div className="wr-article__head">
            {header ??
              (showHeader && (
                <ArticleHeader
                  title={title}
                  eyebrow={eyebrow}
                  dek={dek}
                  authors={authors}
                  reviewers={reviewers}
                  published={published}
                  updated={updated}
                  readingTime={readingTime}
                  meta={meta}
                  byline={byline}
                  titleId={titleId}
                  locale={locale}
                  labels={labels}
                />
              ))}
          </div>
          {hero(image)}
          {shareTop && <div className="wr-article__top wr-no-print">{shareTop}</div>}
          {toc && (
            <div className="wr-article__toc wr-no-print">
              <div className="wr-article__sticky">{toc}</div>
            </div>
          )}
          {shareRail && (
            <div className="wr-article__rail wr-no-print">
              <div className="wr-article__sticky">{shareRail}</div>
            </div>
          )}
          <div className="wr-article__body">{children}</div>
          {shareBottom && <div className="wr-article__bottom wr-no-print">{shareBottom}</div>}
          {hasFooter && (
            <footer className="wr-article__footer">
              {reviewDates}
              {disclaimer}
              {references}
              {related}
              {footer}
              {pageUrl && <p className="wr-article__print-url">{fill(l.printUrl, { url: pageUrl })}</p>}
            </footer>
          )}
        </div>
      </div>
      {jsonLd && (
        <ArticleJsonLd
          title={textOf(title)}
          description={textOf(dek).trim()}
          url={url}
          // Your own image element has no `src`, so it is left out.
          image={image as ArticleImage}
          authors={authors}
          reviewers={reviewers}
          published={published}
          updated={updated}
          lastReviewed={lastReviewed}
          locale={locale}
          // `true` spreads nothing.
          {...(jsonLd as Partial<ArticleJsonLdProps>)}
        />
      )}
    </article>
  );
});
