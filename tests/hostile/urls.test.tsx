import type { ReactElement } from 'react';
import { describe, expect } from 'vitest';
import {
  ArticleJsonLd,
  ArticleLayout,
  Byline,
  References,
  RelatedArticles,
  ShareBar,
  StatHighlight,
} from 'wellread';
import { DANGEROUS_URLS, failOnReactErrors, jsonLdOf, runCases } from './safety';

/*
 * Every prop that takes a URL, fed every disguise of a dangerous scheme. Each case
 * names the exact safe outcome (the link dropped and its text kept, the element left
 * out, the field absent from JSON-LD, …), checked on the server and in the browser,
 * on top of the shared contract in ./safety.ts.
 */

interface UrlProp {
  /** Component and prop. */
  name: string;
  ui: (url: string) => ReactElement;
  /** JSON-LD scripts the render holds. */
  jsonLd?: number;
  /** The exact safe outcome. */
  outcome: string;
  expectOutcome: (root: HTMLElement) => void;
}

const anchors = (root: HTMLElement) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

const URL_PROPS: UrlProp[] = [
  {
    name: 'Byline authors[].href',
    ui: (url) => <Byline authors={{ name: 'Maya Lindqvist', href: url }} />,
    outcome: 'the name is shown as plain text, with no link',
    expectOutcome: (root) => {
      expect(root.textContent).toContain('By Maya Lindqvist');
      expect(anchors(root)).toEqual([]);
    },
  },
  {
    name: 'Byline reviewers[].href',
    ui: (url) => <Byline reviewers={{ name: 'Dr. Samuel Okafor', credentials: 'MD', href: url }} />,
    outcome: 'the reviewer is shown as plain text, with no link',
    expectOutcome: (root) => {
      expect(root.textContent).toContain('Medically reviewed by Dr. Samuel Okafor, MD');
      expect(anchors(root)).toEqual([]);
    },
  },
  {
    name: 'Byline authors[].avatar',
    ui: (url) => <Byline authors={{ name: 'Maya Lindqvist', avatar: url }} />,
    outcome: 'no portrait is rendered',
    expectOutcome: (root) => {
      expect(root.querySelectorAll('img')).toHaveLength(0);
      expect(root.textContent).toContain('Maya Lindqvist');
    },
  },
  {
    name: 'ArticleLayout url (with jsonLd)',
    ui: (url) => (
      <ArticleLayout title="Gut health" url={url} jsonLd>
        <p>Body</p>
      </ArticleLayout>
    ),
    jsonLd: 1,
    outcome: 'no "Read online" address is printed and the JSON-LD has no url',
    expectOutcome: (root) => {
      expect(root.textContent).not.toContain('Read online');
      expect(jsonLdOf(root)).not.toHaveProperty('url');
      expect(jsonLdOf(root)).toMatchObject({ headline: 'Gut health' });
    },
  },
  {
    name: 'ArticleLayout authors[].href (with jsonLd)',
    ui: (url) => (
      <ArticleLayout title="Gut health" authors={{ name: 'Maya Lindqvist', href: url }} jsonLd>
        <p>Body</p>
      </ArticleLayout>
    ),
    jsonLd: 1,
    outcome: 'the byline name has no link and the JSON-LD author has no url',
    expectOutcome: (root) => {
      expect(anchors(root)).toEqual([]);
      expect(jsonLdOf(root)?.author).toEqual([{ '@type': 'Person', name: 'Maya Lindqvist' }]);
    },
  },
  {
    name: 'ArticleLayout image.src',
    ui: (url) => (
      <ArticleLayout title="Gut health" image={{ src: url, alt: 'Gut', width: 1200, height: 630 }}>
        <p>Body</p>
      </ArticleLayout>
    ),
    outcome: 'no hero image or figure is rendered',
    expectOutcome: (root) => {
      expect(root.querySelectorAll('img, figure')).toHaveLength(0);
      expect(root.querySelector('h1')?.textContent).toBe('Gut health');
    },
  },
  {
    name: 'ArticleLayout image.srcSet',
    ui: (url) => (
      <ArticleLayout title="Gut health" image={{ src: '/hero.jpg', srcSet: `${url} 2x`, alt: 'Gut', width: 1200, height: 630 }}>
        <p>Body</p>
      </ArticleLayout>
    ),
    outcome: 'the hero image keeps its safe src and carries no dangerous srcset candidate',
    expectOutcome: (root) => {
      expect(root.querySelector('img')?.getAttribute('src')).toBe('/hero.jpg');
    },
  },
  {
    name: 'ArticleJsonLd image',
    ui: (url) => <ArticleJsonLd title="Gut health" url="https://example.com/a" image={[url, '/ok.jpg']} />,
    jsonLd: 1,
    outcome: 'the dangerous image is dropped and the safe one kept, made absolute',
    expectOutcome: (root) => {
      expect(jsonLdOf(root)?.image).toEqual(['https://example.com/ok.jpg']);
    },
  },
  {
    name: 'ArticleJsonLd publisher.url and publisher.logo',
    ui: (url) => <ArticleJsonLd title="Gut health" publisher={{ name: 'Wellread Health', url, logo: url }} />,
    jsonLd: 1,
    outcome: 'the publisher keeps its name and has neither url nor logo',
    expectOutcome: (root) => {
      expect(jsonLdOf(root)?.publisher).toEqual({ '@type': 'Organization', name: 'Wellread Health' });
    },
  },
  {
    name: 'ArticleJsonLd reviewers[].href',
    ui: (url) => <ArticleJsonLd title="Gut health" reviewers={{ name: 'Dr. Samuel Okafor', href: url }} />,
    jsonLd: 1,
    outcome: 'reviewedBy keeps the name and has no url',
    expectOutcome: (root) => {
      expect(jsonLdOf(root)?.reviewedBy).toEqual([{ '@type': 'Person', name: 'Dr. Samuel Okafor' }]);
    },
  },
  {
    name: 'StatHighlight sourceUrl',
    ui: (url) => <StatHighlight value="70–80%" caption="of immune cells live in the gut" source="Vighi et al., 2008" sourceUrl={url} />,
    outcome: 'the source is named as plain text, with no link',
    expectOutcome: (root) => {
      expect(root.textContent).toContain('Vighi et al., 2008');
      expect(anchors(root)).toEqual([]);
    },
  },
  {
    name: 'References url',
    ui: (url) => <References references={[{ id: 'vighi', title: 'Allergy and the gastrointestinal system.', url, cited: 0 }]} />,
    outcome: 'the title is shown as plain text, with no link',
    expectOutcome: (root) => {
      expect(root.querySelector('li')?.textContent).toContain('Allergy and the gastrointestinal system.');
      expect(anchors(root)).toEqual([]);
    },
  },
  {
    name: 'References doi',
    ui: (url) => <References references={[{ id: 'vighi', title: 'Allergy and the gastrointestinal system.', doi: url, cited: 0 }]} />,
    outcome: 'the DOI is left out entirely',
    expectOutcome: (root) => {
      expect(root.textContent).not.toContain('doi:');
      expect(anchors(root)).toEqual([]);
    },
  },
  {
    name: 'ShareBar url',
    ui: (url) => <ShareBar url={url} title="Gut health" />,
    outcome: 'the bar renders nothing',
    expectOutcome: (root) => {
      expect(root.innerHTML).toBe('');
    },
  },
  {
    name: 'ShareBar media (Pinterest)',
    ui: (url) => <ShareBar url="https://example.com/a" media={url} networks={['pinterest']} />,
    outcome: 'the Pinterest link is kept without a media parameter',
    expectOutcome: (root) => {
      const href = root.querySelector('a')?.getAttribute('href') ?? '';
      expect(new URL(href).searchParams.get('url')).toBe('https://example.com/a');
      expect(new URL(href).searchParams.has('media')).toBe(false);
    },
  },
  {
    name: 'RelatedArticles articles[].href',
    ui: (url) => (
      <RelatedArticles
        articles={[
          { title: 'Dangerous', href: url },
          { title: 'Fiber guide', href: '/articles/fiber' },
        ]}
      />
    ),
    outcome: 'the dangerous card is left out and the safe one kept',
    expectOutcome: (root) => {
      expect(anchors(root)).toEqual(['/articles/fiber']);
      expect(root.textContent).not.toContain('Dangerous');
    },
  },
  {
    name: 'RelatedArticles articles[].image.src',
    ui: (url) => <RelatedArticles articles={[{ title: 'Fiber guide', href: '/articles/fiber', image: { src: url, width: 400, height: 300 } }]} />,
    outcome: 'the card shows the placeholder instead of an image',
    expectOutcome: (root) => {
      expect(root.querySelectorAll('img')).toHaveLength(0);
      expect(root.querySelectorAll('.wr-related-card__image[aria-hidden="true"]')).toHaveLength(1);
    },
  },
  {
    name: 'RelatedArticles articles[].image.srcSet',
    ui: (url) => (
      <RelatedArticles
        articles={[{ title: 'Fiber guide', href: '/articles/fiber', image: { src: '/f.jpg', srcSet: `${url} 2x`, width: 400, height: 300 } }]}
      />
    ),
    outcome: 'the image keeps its safe src and carries no dangerous srcset candidate',
    expectOutcome: (root) => {
      expect(root.querySelector('img')?.getAttribute('src')).toBe('/f.jpg');
    },
  },
];

failOnReactErrors();

for (const prop of URL_PROPS) {
  describe(`given a dangerous ${prop.name}: ${prop.outcome}`, () => {
    runCases(
      DANGEROUS_URLS.map(([disguise, url]) => ({
        name: disguise,
        ui: () => prop.ui(url),
        jsonLd: prop.jsonLd,
        outcome: prop.expectOutcome,
      })),
    );
  });
}
