import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleLayout, ArticleSection, buildToc, ReadingProgress, TableOfContents } from 'wellread/article-layout';

describe('ArticleLayout on the server', () => {
  it('renders the whole frame with no DOM present', () => {
    const toc = buildToc([{ title: 'Your Gut' }]);
    const html = renderToString(
      <ArticleLayout
        variant="sidebar"
        title="Gut-Immune Link"
        eyebrow="Gut health"
        authors={{ name: 'Sam Lee', href: '/sam' }}
        published="2026-03-15"
        readingTime={7}
        image={{ src: '/hero.jpg', alt: 'Vegetables', width: 1200, height: 675 }}
        progress={<ReadingProgress />}
        shareRail={<p>Share</p>}
        toc={<TableOfContents items={toc} />}
        lastReviewed="2026-03-15"
        url="https://health.example/gut"
        jsonLd
      >
        {toc.map((item) => (
          <ArticleSection key={item.id} {...item}>
            <p>Body</p>
          </ArticleSection>
        ))}
      </ArticleLayout>,
    );
    expect(html).toMatch(/^<article class="wr-article" data-variant="sidebar" aria-labelledby="wr-title[^"]+">/);
    expect(html.match(/<h1 /g)).toHaveLength(1);
    expect(html).toContain(
      '<picture class="wr-article__picture"><img class="wr-article__hero-img" src="/hero.jpg" alt="Vegetables" width="1200" height="675"/></picture>',
    );
    expect(html).toContain('<time dateTime="2026-03-15">March 15, 2026</time>');
    expect(html).toContain('<time dateTime="PT7M" class="wr-reading-time">7 min read</time>');
    expect(html).toContain('<a class="wr-toc__link" href="#your-gut">Your Gut</a>');
    expect(html).toContain('<h2 id="your-gut" class="wr-section__heading" data-level="2" tabindex="-1">Your Gut</h2>');
    expect(html).toContain('<div class="wr-progress wr-no-print" aria-hidden="true">');
    expect(html).toContain('<div class="wr-article__rail wr-no-print">');
    expect(html).toContain('<p class="wr-article__print-url">Read online: https://health.example/gut</p>');
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage"');
  });
});
