import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleJsonLd, serializeJsonLd } from 'wellread/article-layout';

function jsonLdIn(container: HTMLElement) {
  const scripts = container.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return { text: scripts[0]!.textContent ?? '', data: JSON.parse(scripts[0]!.textContent ?? '') as Record<string, unknown> };
}

const article = {
  title: 'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
  description: 'How your gut microbiome shapes immune recovery.',
  url: 'https://health.example/articles/gut-immune-link',
  image: '/images/gut.jpg',
  authors: [{ name: 'Sam Lee', href: '/authors/sam' }],
  reviewers: { name: 'Ana Ruiz', credentials: 'MD', href: 'https://health.example/reviewers/ana' },
  published: '2026-03-15',
  updated: '2026-04-02T09:30:00Z',
  lastReviewed: '2026-03-15',
  publisher: { name: 'Health Example', url: 'https://health.example', logo: 'https://health.example/logo.png' },
  locale: 'en-GB',
};

describe('ArticleJsonLd without a title', () => {
  it('emits no script and says why in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleJsonLd title="   " published="2026-03-15" />);
    expect(container.querySelector('script')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no title to use as the headline'));
    warn.mockRestore();
  });
});

describe('ArticleJsonLd', () => {
  it('describes the page as a schema.org MedicalWebPage', () => {
    const { container } = render(<ArticleJsonLd {...article} />);
    expect(jsonLdIn(container).data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: article.title,
      description: article.description,
      image: ['https://health.example/images/gut.jpg'],
      url: article.url,
      author: [{ '@type': 'Person', name: 'Sam Lee', url: 'https://health.example/authors/sam' }],
      reviewedBy: [{ '@type': 'Person', name: 'Ana Ruiz', url: 'https://health.example/reviewers/ana', honorificSuffix: 'MD' }],
      datePublished: '2026-03-15',
      dateModified: '2026-04-02T09:30:00.000Z',
      lastReviewed: '2026-03-15',
      publisher: {
        '@type': 'Organization',
        name: 'Health Example',
        url: 'https://health.example/',
        logo: 'https://health.example/logo.png',
      },
      inLanguage: 'en-GB',
    });
  });

  it('as an Article, puts the review on the web page it is the main entity of', () => {
    const { container } = render(<ArticleJsonLd {...article} type="Article" />);
    const { data } = jsonLdIn(container);
    expect(data['@type']).toBe('Article');
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': article.url,
      url: article.url,
      reviewedBy: [expect.objectContaining({ name: 'Ana Ruiz' })],
      lastReviewed: '2026-03-15',
    });
  });

  describe('given content that tries to break out of the script element', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 <b>';

    it('escapes <, >, & and the line separators, and JSON.parse reads the same text back', () => {
      const { container } = render(
        <ArticleJsonLd title={hostile} description={`<!--${hostile}-->`} authors={{ name: '</SCRIPT >' }} />,
      );
      const { text, data } = jsonLdIn(container);
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(text).toContain('\\u003c/script\\u003e');
      expect(data.headline).toBe(hostile);
      expect(data.description).toBe(`<!--${hostile}-->`);
      expect(data.author).toEqual([{ '@type': 'Person', name: '</SCRIPT >' }]);
      expect(container.querySelectorAll('script')).toHaveLength(1);
    });

    it('serializeJsonLd round-trips any data', () => {
      const value = { a: hostile, nested: [hostile, { b: '\u2028' }] };
      expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
      expect(serializeJsonLd(value)).not.toMatch(/[<>&\u2028\u2029]/);
    });
  });

  describe('given bad input', () => {
    it('leaves out invalid dates and dangerous or unresolvable URLs', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(
        <ArticleJsonLd
          title="T"
          url="javascript:alert(1)"
          image={['data:image/png;base64,AAAA', '/relative-without-base.jpg', { src: 'https://cdn.example/a.jpg' }]}
          authors={{ name: 'Sam', href: 'vbscript:msgbox(1)' }}
          published="2026-02-30T99:00"
          updated="soon"
          lastReviewed={Number.NaN}
          publisher={{ name: 'P', url: 'JAVASCRIPT:alert(1)' }}
        />,
      );
      const { data, text } = jsonLdIn(container);
      expect(data).toEqual({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        headline: 'T',
        image: ['https://cdn.example/a.jpg'],
        author: [{ '@type': 'Person', name: 'Sam' }],
        publisher: { '@type': 'Organization', name: 'P' },
      });
      expect(text).not.toMatch(/javascript|vbscript|Invalid|NaN/i);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"soon" is not a valid date'));
      warn.mockRestore();
    });

    it('renders nothing without a headline', () => {
      const { container } = render(<ArticleJsonLd title="   " />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('carries a CSP nonce', () => {
    const { container } = render(<ArticleJsonLd title="T" nonce="abc123" />);
    expect(container.querySelector('script')).toHaveAttribute('nonce', 'abc123');
  });
});
