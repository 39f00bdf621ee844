import { forwardRef, useId, type ComponentPropsWithoutRef, type ElementType, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { readingMinutes } from '../reading-time/minutes';
import { ReadingTimeDisplay } from '../reading-time/ReadingTimeDisplay';
import { formatDate, isoDateTime, toDate, type DateInput } from '../internal/date';
import { withDefaults } from '../internal/labels';
import { safeSrcSet, safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { RelatedArticlesCarousel } from './Carousel';
import { relatedArticlesLabels, type RelatedArticlesLabels } from './labels';

/** A card's picture. Its box keeps the card's aspect ratio while it loads, so nothing shifts. */
export interface RelatedArticleImage {
  /** Relative or http(s) URL; anything else (data:, javascript:, …) shows the placeholder. */
  src: string;
  /** Text alternative. The title already names the card, so leave it empty unless the picture adds information. @default "" */
  alt?: string;
  /** Intrinsic width in pixels. */
  width: number;
  /** Intrinsic height in pixels. */
  height: number;
  /** Passed to `<img srcset>`. */
  srcSet?: string;
  /** Passed to `<img sizes>`. */
  sizes?: string;
}

/** One article to link to. Cards without a title or a safe `href` are left out. */
export interface RelatedArticle {
  /** Where the card links: relative, http: or https:. */
  href: string;
  /** The card's title and the link's whole accessible name. */
  title: string;
  /** A sentence or two under the title (clamped to three lines). */
  excerpt?: string;
  /** Picture of the card; `grid`, `list` and `carousel` show a placeholder where one is missing. */
  image?: RelatedArticleImage;
  /** Topic shown as text, e.g. "Gut health". */
  category?: string;
  /** Reading time shown with `ReadingTime`. */
  readingTimeMinutes?: number;
  /** Publication date, e.g. "2026-03-15"; invalid dates are left out. */
  date?: DateInput;
}

/** What a `linkComponent` receives. */
export interface RelatedArticlesLinkProps {
  /** The checked href: relative (including protocol-relative "//host/…"), or http(s) with a host. */
  href: string;
  /** wellread's class for the link; keep it, or the card loses its stretched click area. */
  className: string;
  /** The article's title. */
  children: ReactNode;
}

/** How the cards are laid out. */
export type RelatedArticlesVariant = 'grid' | 'list' | 'compact' | 'carousel';

export interface RelatedArticlesProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The articles, in order. Unsafe, untitled and repeated entries are skipped. */
  articles: readonly RelatedArticle[];
  /** How cards are laid out (sets `data-variant`). @default "grid" */
  variant?: RelatedArticlesVariant;
  /** Most cards to show, counted after skipping bad entries; fractions round down. @default no limit */
  limit?: number;
  /** Heading text; `null` renders none (then name the section with `aria-label`). @default labels.heading */
  heading?: ReactNode;
  /** Level of the heading; card titles are one level below. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Renders each card's link with `href`, `className` and `children` (e.g. Next.js `Link`). @default "a" */
  linkComponent?: ElementType<RelatedArticlesLinkProps>;
  /** BCP 47 locale for dates and reading time. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.relatedArticles` from `wellread/locales`. @default English */
  labels?: Partial<RelatedArticlesLabels>;
}

const VARIANTS: readonly unknown[] = ['grid', 'list', 'compact', 'carousel'];
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
// Contexts only name the component in development warnings, so production builds leave them out.
const context = process.env.NODE_ENV !== 'production' ? 'RelatedArticles' : undefined;
const url = (value: unknown) => safeUrl(value, { allowRelative: true, context });

/**
 * "Related Articles": a `<section>` named by its heading, holding a list of cards.
 * Each card is one link (its title) stretched over the whole card.
 */
export const RelatedArticles = /* @__PURE__ */ forwardRef<HTMLElement, RelatedArticlesProps>(function RelatedArticles(props, ref) {
  const {
    articles,
    variant: given = 'grid',
    limit,
    heading,
    headingLevel,
    linkComponent: Link = 'a',
    locale = 'en',
    labels,
    className,
    ...rest
  } = props;
  const id = useId();
  let variant = given;
  if (!VARIANTS.includes(variant)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`RelatedArticles: unknown variant "${String(variant)}"; showing "grid".`);
    variant = 'grid';
  }
  // A count: fractions round down; anything else (null, "", NaN, negative, text) means no limit.
  const max = limit != null && (limit as unknown) !== '' && limit >= 0 ? Math.floor(limit) : Infinity;
  if (process.env.NODE_ENV !== 'production' && limit != null && !(limit >= 0)) warnOnce(`RelatedArticles: limit ${String(limit)} is not a count; every card is shown.`);
  const cards: [RelatedArticle, string, string][] = [];
  const seen = new Set<string>();
  // Stops reading `articles` once `limit` good ones are found.
  for (const article of Array.isArray(articles) ? (articles as (RelatedArticle | null)[]) : []) {
    if (cards.length >= max) break;
    const title = text(article?.title);
    // safeUrl warns about an unsafe href, naming the card.
    const href = title && safeUrl(article!.href, { allowRelative: true, context: process.env.NODE_ENV !== 'production' ? `RelatedArticles "${title}"` : undefined });
    if (!href) {
      if (process.env.NODE_ENV !== 'production' && !(title && text(article!.href))) {
        warnOnce(
          title
            ? `RelatedArticles: "${title.slice(0, 80)}" has no href; it was left out.`
            : `RelatedArticles: article ${articles.indexOf(article!) + 1} (${String(article?.href).slice(0, 80)}) has no title; it was left out.`,
        );
      }
    } else if (!seen.has(href)) {
      seen.add(href);
      cards.push([article!, href, title!.trim()]);
    }
  }
  if (!cards[0]) return null;

  const words = withDefaults(relatedArticlesLabels, labels);
  // An unfilled CMS field ("", spaces) gets the default; only `null` means no heading.
  const name = typeof heading == 'string' ? text(heading) || words.heading : heading === undefined ? words.heading : heading;
  const level = headingLevel === 3 || headingLevel === 4 ? headingLevel : 2;
  const Heading = `h${level}` as 'h2';
  const Title = `h${level + 1}` as 'h3';
  const compact = variant === 'compact';
  // Placeholders keep a row of cards even; a list whose data has no pictures shows none.
  const images = !compact && cards.some(([article]) => article.image);

  const list = (
    // role="list": Safari drops list semantics when list-style is none.
    <ul role="list" className="wr-related__list" data-variant={variant}>
      {cards.map(([{ image, excerpt, category, readingTimeMinutes, date: dateInput }, href, title]) => {
        const link = (
          <Link href={href} className={compact ? 'wr-related__link' : 'wr-related-card__link'}>
            {title}
          </Link>
        );
        const date = !compact && toDate(dateInput, context);
        const minutes = readingMinutes(readingTimeMinutes, 'RelatedArticles: readingTimeMinutes');
        const src = image && url(image.src);
        return (
          <li key={href} className="wr-related__item">
            {compact ? (
              link
            ) : (
              <article className="wr-related-card">
                <div className="wr-related-card__body">
                  <Title className="wr-related-card__title">{link}</Title>
                  {text(category) || date || minutes ? (
                    <p className="wr-related-card__meta">
                      {text(category) && <span className="wr-related-card__info">{category}</span>}
                      {date && (
                        <time className="wr-related-card__info" dateTime={isoDateTime(date, dateInput)}>
                          {formatDate(date, locale, 'medium')}
                        </time>
                      )}
                      {minutes && (
                        <ReadingTimeDisplay
                          className="wr-related-card__info"
                          minutes={minutes}
                          locale={locale}
                          labels={words.readingTime}
                        />
                      )}
                    </p>
                  ) : null}
                  {text(excerpt) && <p className="wr-related-card__excerpt">{excerpt}</p>}
                </div>
                {images &&
                  (src ? (
                    <img
                      className="wr-related-card__image"
                      src={src}
                      alt={image!.alt ?? ''}
                      width={image!.width}
                      height={image!.height}
                      // A srcset with any unsafe candidate is dropped; `src` then stands alone.
                      srcSet={safeSrcSet(image!.srcSet, context)}
                      sizes={image!.sizes}
                      loading="lazy"
                      decoding="async"
                    />
                  ) : (
                    <span className="wr-related-card__image" aria-hidden="true" />
                  ))}
              </article>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <section
      aria-labelledby={name ? id : undefined}
      {...rest}
      ref={ref}
      className={cx('wr-related', className)}
      data-variant={variant}
    >
      {name ? (
        <Heading id={id} className="wr-related__heading">
          {name}
        </Heading>
      ) : null}
      {variant === 'carousel' ? (
        <RelatedArticlesCarousel label={words.scroller} previous={words.previous} next={words.next}>
          {list}
        </RelatedArticlesCarousel>
      ) : (
        list
      )}
    </section>
  );
});
