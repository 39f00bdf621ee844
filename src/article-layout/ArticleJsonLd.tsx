import type { Article, MedicalWebPage, Organization, Person, WithContext } from 'schema-dts';
import { isoDateTime, toDate, type DateInput } from '../internal/date';
import { safeUrl } from '../internal/safeUrl';
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
  const { type = 'MedicalWebPage', title, description, image, url, authors, reviewers, published, updated, lastReviewed, publisher, locale, nonce } = props;
  const headline = typeof title === 'string' ? title.trim() : '';
  if (!headline) return null;
  const page = safeUrl(url, { context: 'ArticleJsonLd url' }) ?? undefined;
  const absolute = (value: string | undefined): string | undefined => {
    const safe = safeUrl(value, { allowRelative: true, context: 'ArticleJsonLd' });
    try {
      return safe ? new URL(safe, page).href : undefined;
    } catch {
      return undefined;
    }
  };
  const date = (value: DateInput | undefined): string | undefined => {
    const valid = toDate(value, 'ArticleJsonLd');
    return valid ? isoDateTime(valid, value) : undefined;
  };
  const persons = (value: ArticlePerson | readonly ArticlePerson[] | undefined): Person[] | undefined => {
    const list = people(value).map(
      (person): Person => ({
        '@type': 'Person',
        name: person.name,
        url: absolute(person.href),
        honorificSuffix: person.credentials,
      }),
    );
    return list.length ? list : undefined;
  };
  const images = (Array.isArray(image) ? image : image ? [image] : [])
    .map((item: string | { src: string }) => absolute(typeof item === 'string' ? item : item?.src))
    .filter((item): item is string => Boolean(item));
  const organisation: Organization | undefined = publisher?.name
    ? { '@type': 'Organization', name: publisher.name, url: absolute(publisher.url), logo: absolute(publisher.logo) }
    : undefined;
  const reviewedBy = persons(reviewers);
  const reviewed = date(lastReviewed);
  const common = {
    headline,
    description: description || undefined,
    image: images.length ? images : undefined,
    url: page,
    author: persons(authors),
    datePublished: date(published),
    dateModified: date(updated),
    publisher: organisation,
    inLanguage: locale,
  };
  const data: WithContext<MedicalWebPage> | WithContext<Article> =
    type === 'Article'
      ? {
          '@context': 'https://schema.org',
          '@type': 'Article',
          ...common,
          // reviewedBy and lastReviewed belong to the web page, not to the article.
          mainEntityOfPage:
            page || reviewedBy || reviewed
              ? { '@type': 'WebPage', '@id': page, url: page, reviewedBy, lastReviewed: reviewed }
              : undefined,
        }
      : { '@context': 'https://schema.org', '@type': 'MedicalWebPage', ...common, reviewedBy, lastReviewed: reviewed };
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
