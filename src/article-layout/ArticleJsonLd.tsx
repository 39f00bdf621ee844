import type { Article, MedicalWebPage, Person, WithContext } from 'schema-dts';
import { isoDateTime, toDate, type DateInput } from '../internal/date';
import { safeUrl } from '../internal/safeUrl';
import { warnOnce } from '../internal/warn';
import { people, type ArticlePerson } from './Byline';

/** The site or organisation that publishes the article. */
export interface ArticlePublisher {
  /** Name of the publisher. */
  name: string;
  /** Home page of the publisher. */
  url?: string;
  /** URL of the publisher's logo. */
  logo?: string;
}

export interface ArticleJsonLdProps {
  /** The schema.org type of the page. @default "MedicalWebPage" */
  type?: 'MedicalWebPage' | 'Article';
  /** The headline (the article's title). */
  title: string;
  /** A one- or two-sentence summary. */
  description?: string;
  /** Image URLs (or `{ src }` objects, such as the hero image); relative ones are resolved against `url`. */
  image?: string | { src: string } | readonly (string | { src: string })[];
  /** The page's canonical URL. */
  url?: string;
  /** Who wrote the article. */
  authors?: ArticlePerson | readonly ArticlePerson[];
  /** Who medically reviewed it (`reviewedBy`). */
  reviewers?: ArticlePerson | readonly ArticlePerson[];
  /** Publication date (`datePublished`). */
  published?: DateInput;
  /** Date of the last update (`dateModified`). */
  updated?: DateInput;
  /** Date of the last medical review (`lastReviewed`). */
  lastReviewed?: DateInput;
  /** The publisher. */
  publisher?: ArticlePublisher;
  /** The article's language as BCP 47 (`inLanguage`). */
  locale?: string;
  /** Nonce for a Content-Security-Policy that lists script nonces. */
  nonce?: string;
}

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 become \u escapes, so
 * no content can close the element, open a comment or break older JavaScript parsers.
 * `JSON.parse` reads the same data back.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * schema.org structured data for search engines: a `<script type="application/ld+json">`
 * describing the page as a `MedicalWebPage` (or an `Article`), its authors and medical
 * reviewers, dates and publisher. Invalid dates and unsafe URLs are left out.
 */
export function ArticleJsonLd(props: ArticleJsonLdProps) {
  const { title, publisher } = props;
  const headline = typeof title === 'string' && title.trim();
  if (!headline) {
    if (process.env.NODE_ENV !== 'production') warnOnce('ArticleJsonLd: no title to use as the headline (with a custom header, pass jsonLd={{ title }}); nothing was emitted.');
    return null;
  }
  // Contexts only name the source in development warnings, so production builds leave them out.
  const page = safeUrl(props.url, { context: process.env.NODE_ENV !== 'production' ? 'ArticleJsonLd url' : undefined }) ?? undefined;
  const absolute = (value: unknown): string | undefined => {
    const safe = safeUrl(value, { allowRelative: true, context: process.env.NODE_ENV !== 'production' ? 'ArticleJsonLd' : undefined });
    if (safe)
      try {
        return new URL(safe, page).href;
      } catch {}
  };
  const date = (value: DateInput | undefined): string | undefined => {
    const valid = toDate(value, process.env.NODE_ENV !== 'production' ? 'ArticleJsonLd' : undefined);
    return valid ? isoDateTime(valid, value) : undefined;
  };
  // JSON.stringify leaves out undefined, so an empty list is not written at all.
  const some = <T,>(list: T[]): T[] | undefined => (list.length ? list : undefined);
  const persons = (value: ArticleJsonLdProps['authors']): Person[] | undefined =>
    some(people(value).map((person): Person => ({ '@type': 'Person', name: person.name, url: absolute(person.href), honorificSuffix: person.credentials })));
  const review = { reviewedBy: persons(props.reviewers), lastReviewed: date(props.lastReviewed) };
  const article = props.type === 'Article';
  const data: WithContext<MedicalWebPage | Article> = {
    '@context': 'https://schema.org',
    '@type': article ? 'Article' : 'MedicalWebPage',
    headline,
    description: props.description || undefined,
    image: some([props.image].flat().flatMap((item: string | { src: string } | undefined) => absolute(typeof item === 'string' ? item : item?.src) ?? [])),
    url: page,
    author: persons(props.authors),
    datePublished: date(props.published),
    dateModified: date(props.updated),
    publisher: publisher?.name
      ? { '@type': 'Organization', name: publisher.name, url: absolute(publisher.url), logo: absolute(publisher.logo) }
      : undefined,
    inLanguage: props.locale,
    // reviewedBy and lastReviewed belong to the web page, not to the article.
    ...(article
      ? { mainEntityOfPage: (page || review.reviewedBy || review.lastReviewed) && { '@type': 'WebPage', '@id': page, url: page, ...review } }
      : review),
  };
  return <script type="application/ld+json" nonce={props.nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
