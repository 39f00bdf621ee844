import { Children, Fragment, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import type { DateInput } from '../internal/date';
import { getListFormat } from '../internal/intl';
import { withDefaults } from '../internal/labels';
import { safeUrl } from '../internal/safeUrl';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { fill, line, time } from './parts';

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

/** People with a name, from one person or a list. */
export function people(value: ArticlePerson | readonly ArticlePerson[] | undefined): ArticlePerson[] {
  return (Array.isArray(value) ? value : value ? [value] : []).filter(
    (person: ArticlePerson | null | undefined) => typeof person?.name === 'string' && person.name.trim() !== '',
  );
}

function listOf(nodes: ReactNode[], locale: string): ReactNode {
  // A list of one is that one in every language (ECMA-402 formats it as "{0}").
  if (nodes.length === 1) return nodes[0];
  // Index placeholders keep the language's own "and" and commas around the linked names.
  return getListFormat(locale)
    .formatToParts(nodes.map((_, i) => String(i)))
    .map((part, i) => (part.type === 'element' ? <Fragment key={i}>{nodes[Number(part.value)]}</Fragment> : part.value));
}

function names(list: ArticlePerson[], l: ArticleLayoutLabels, locale: string, rel?: string): ReactNode {
  return listOf(
    list.map((person) => {
      const href = safeUrl(person.href, { allowRelative: true, context: 'Byline' });
      const name = href ? (
        <a className="wr-byline__name" href={href} rel={rel}>
          {person.name}
        </a>
      ) : (
        <span className="wr-byline__name">{person.name}</span>
      );
      return person.credentials ? fill(l.credentials, { name, credentials: person.credentials }) : name;
    }),
    locale,
  );
}

function avatar(person: ArticlePerson, key: number): ReactNode {
  const image = typeof person.avatar === 'string' ? { src: person.avatar } : person.avatar;
  const src = image && safeUrl(image.src, { allowRelative: true, context: 'Byline avatar' });
  return (
    src && (
      <img
        key={key}
        className="wr-byline__avatar"
        src={src}
        alt=""
        width={image.width ?? 40}
        height={image.height ?? 40}
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
  const { authors, reviewers, published, updated, meta, locale = 'en', labels, className, ...rest } = props;
  const l = withDefaults(articleLayoutLabels, labels);
  const writers = people(authors);
  const checkers = people(reviewers);
  const pub = time(published, locale, 'Byline published');
  const upd = time(updated, locale, 'Byline updated');
  const dates = line([pub && fill(l.published, { date: pub }), upd && fill(l.updated, { date: upd }), ...Children.toArray(meta)], 'wr-byline__item');
  const avatars = [...writers, ...checkers].map(avatar).filter(Boolean);
  if (!writers.length && !checkers.length && !dates.length) return null;
  return (
    <div ref={ref} className={cx('wr-byline', className)} {...rest}>
      {avatars.length > 0 && <span className="wr-byline__avatars">{avatars}</span>}
      <div className="wr-byline__text">
        {writers.length > 0 && <p className="wr-byline__line">{fill(l.byline, { names: names(writers, l, locale, 'author') })}</p>}
        {checkers.length > 0 && (
          <p className="wr-byline__line">{fill(l.reviewedBy, { names: names(checkers, l, locale) })}</p>
        )}
        {dates.length > 0 && <p className="wr-byline__meta">{dates}</p>}
      </div>
    </div>
  );
});
