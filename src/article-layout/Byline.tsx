import { Children, forwardRef, type ComponentPropsWithoutRef, type ForwardedRef, type ReactElement, type ReactNode } from 'react';
import { cx } from '../internal/className';
import type { DateInput } from '../internal/date';
import { getListFormat } from '../internal/intl';
import { withDefaults } from '../internal/labels';
import { safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { asText, dated, fill, line, shown } from './parts';

/** An author or medical reviewer. */
export interface ArticlePerson {
  /** Name as shown, e.g. "Dr Ana Ruiz". */
  name: string;
  /** Profile page (http, https or relative); anything else is dropped. */
  href?: string;
  /** Credentials shown after the name, e.g. "MD, PhD". */
  credentials?: string;
  /** Portrait: a URL, or `{ src, width, height }` (40 × 40 when not given). Decorative: the name is beside it. */
  avatar?: string | { src: string; width?: number; height?: number };
}

export interface BylineProps extends ComponentPropsWithoutRef<'div'> {
  /** Who wrote the article. */
  authors?: ArticlePerson | readonly ArticlePerson[];
  /** Who medically reviewed it ("Medically reviewed by …"). */
  reviewers?: ArticlePerson | readonly ArticlePerson[];
  /** Publication date (ISO string, timestamp or Date); invalid dates are left out. */
  published?: DateInput;
  /** Date of the last update; invalid dates are left out. */
  updated?: DateInput;
  /** More items for the dates line, e.g. `<ReadingTime minutes={7} />`. */
  meta?: ReactNode;
  /** BCP 47 locale for dates and name lists. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

/**
 * People with a name, from one person or a list, their name and credentials as text
 * (only strings and numbers are: a CMS may send anything).
 */
export function people(value: ArticlePerson | readonly ArticlePerson[] | undefined): ArticlePerson[] {
  return [value].flat().flatMap((person) => {
    const name = asText(person?.name);
    const credentials = asText(person?.credentials);
    if (process.env.NODE_ENV !== 'production' && person) {
      if (!name) warnOnce(`authors/reviewers: a person without a name was left out (name: ${typeof person.name}).`);
      else if (!credentials && shown(person.credentials)) warnOnce(`authors/reviewers: the credentials of "${name}" are not text; they were left out.`);
    }
    return name ? { ...person!, name, credentials: credentials || undefined } : [];
  });
}

function avatar(person: ArticlePerson, key: number): ReactNode {
  // A URL string has no src, width or height of its own: it is the src, 40 × 40.
  const image = person.avatar as Exclude<ArticlePerson['avatar'], string>;
  // Contexts only name the prop in development warnings, so production builds leave them out.
  const src = safeUrl(image?.src ?? image, { allowRelative: true, context: process.env.NODE_ENV !== 'production' ? 'Byline avatar' : undefined });
  return (
    src && (
      <img
        key={key}
        className="wr-byline__avatar"
        src={src}
        alt=""
        width={image!.width! > 0 ? image!.width : 40}
        height={image!.height! > 0 ? image!.height : 40}
        loading="lazy"
        decoding="async"
      />
    )
  );
}

/**
 * Who wrote and who medically reviewed the article, with the publication and update
 * dates as `<time>` elements. Renders nothing when it has nothing to show.
 */
export const Byline = /* @__PURE__ */ forwardRef<HTMLDivElement, BylineProps>(function Byline(props, ref) {
  return bylineOf(props, ref);
});

/** The byline, or `null` when it has nothing to show: `ArticleHeader` calls it to know whether it is empty. */
export function bylineOf(props: BylineProps, ref?: ForwardedRef<HTMLDivElement>): ReactElement | null {
  const { authors, reviewers, published, updated, meta, locale = 'en', labels, className, ...rest } = props;
  const l = withDefaults(articleLayoutLabels, labels);
  const writers = people(authors);
  const checkers = people(reviewers);
  // The authors' or the reviewers' line, with the names linked to their profiles.
  const credit = (list: ArticlePerson[], template: string, rel?: string) => {
    const nodes = list.map((person) => {
      const href = safeUrl(person.href, { allowRelative: true, context: process.env.NODE_ENV !== 'production' ? 'Byline' : undefined });
      const Name = href ? 'a' : 'span';
      const name = (
        <Name className="wr-byline__name" href={href ?? undefined} rel={href ? rel : undefined}>
          {person.name}
        </Name>
      );
      return person.credentials ? fill(l.credentials, { name, credentials: person.credentials }) : name;
    });
    return (
      list.length > 0 && (
        <p className="wr-byline__line">
          {fill(template, {
            // "{0}, {1} and {2}" in the language's own words, then the names in place of the numbers.
            names: fill(getListFormat(locale).format(nodes.map((_, i) => `{${i}}`)), nodes),
          })}
        </p>
      )
    );
  };
  const dates = line(
    [
      dated(l.published, published, locale, process.env.NODE_ENV !== 'production' ? 'Byline published' : undefined),
      dated(l.updated, updated, locale, process.env.NODE_ENV !== 'production' ? 'Byline updated' : undefined),
      ...Children.toArray(meta),
    ],
    'wr-byline__item',
  );
  const avatars = [...writers, ...checkers].map(avatar).filter(Boolean);
  const byline = credit(writers, l.byline, 'author');
  const review = credit(checkers, l.reviewedBy);
  if (!byline && !review && !dates.length) return null;
  return (
    <div ref={ref} className={cx('wr-byline', className)} {...rest}>
      {avatars.length > 0 && <span className="wr-byline__avatars">{avatars}</span>}
      <div className="wr-byline__text">
        {byline}
        {review}
        {dates.length > 0 && <p className="wr-byline__meta">{dates}</p>}
      </div>
    </div>
  );
}
