import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { RelatedArticles, type RelatedArticle } from 'wellread/related-articles';

const articles: RelatedArticle[] = [
  {
    href: '/articles/fermented-foods-for-beginners',
    title: 'Fermented Foods for Beginners: Where to Start',
    image: { src: '/img/fermented.jpg', alt: '', width: 1200, height: 800 },
    category: 'Gut health',
    readingTimeMinutes: 5,
    date: '2026-03-15',
  },
  { href: '/articles/fiber-guide', title: 'A Practical Guide to Eating More Fiber & <Gut> "Health"' },
];

describe('RelatedArticles on the server', () => {
  it('renders a section labelled by its heading, with no DOM present', () => {
    const html = renderToString(<RelatedArticles articles={articles} />);
    const labelledBy = /<section aria-labelledby="([^"]+)" class="wr-related" data-variant="grid">/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<h2 id="${labelledBy}" class="wr-related__heading">Related Articles</h2>`);
    expect(html).toContain('<ul role="list" class="wr-related__list" data-variant="grid">');
  });

  it('renders each card as an article with one link, a <time>, reading time and a lazy image', () => {
    const html = renderToString(<RelatedArticles articles={articles} />);
    expect(html).toContain(
      '<h3 class="wr-related-card__title"><a href="/articles/fermented-foods-for-beginners" class="wr-related-card__link">Fermented Foods for Beginners: Where to Start</a></h3>',
    );
    expect(html.match(/<article class="wr-related-card">/g)).toHaveLength(2);
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('<time class="wr-related-card__info" dateTime="2026-03-15">Mar 15, 2026</time>');
    expect(html).toContain('<time dateTime="PT5M" class="wr-reading-time wr-related-card__info">5 min read</time>');
    expect(html).toContain(
      '<img class="wr-related-card__image" src="/img/fermented.jpg" alt="" width="1200" height="800" loading="lazy" decoding="async"/>',
    );
    // The second card has no picture: a placeholder keeps the row even.
    expect(html).toContain('<span class="wr-related-card__image" aria-hidden="true"></span>');
  });

  it('escapes titles', () => {
    const html = renderToString(<RelatedArticles articles={articles} variant="compact" />);
    expect(html).toContain('A Practical Guide to Eating More Fiber &amp; &lt;Gut&gt; &quot;Health&quot;</a>');
  });

  it('renders the carousel scrollable without JavaScript, with the buttons’ space reserved but no buttons', () => {
    const html = renderToString(<RelatedArticles articles={articles} variant="carousel" />);
    expect(html).toContain('<div class="wr-related__controls wr-no-print"></div>');
    expect(html).toMatch(
      /<div class="wr-related__scroller" role="group" aria-label="Scrollable list of articles" tabindex="0"><ul role="list" class="wr-related__list" data-variant="carousel">/,
    );
    expect(html).not.toContain('<button');
  });

  it('renders the site’s link component', () => {
    function SiteLink({ href, className, children }: { href: string; className: string; children: ReactNode }) {
      return (
        <a href={href} className={className} data-site-link="">
          {children}
        </a>
      );
    }
    const html = renderToString(<RelatedArticles articles={articles} variant="compact" linkComponent={SiteLink} />);
    expect(html).toContain('<a href="/articles/fiber-guide" class="wr-related__link" data-site-link="">');
  });

  it('renders nothing for an empty or wholly unsafe list, and never an unsafe href', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToString(<RelatedArticles articles={[]} />)).toBe('');
    expect(renderToString(<RelatedArticles articles={[{ href: ' JAVASCRIPT:alert(1)', title: 'x' }]} />)).toBe('');
    const html = renderToString(
      <RelatedArticles articles={[{ href: 'vbscript:msgbox(1)', title: 'Bad' }, ...articles]} />,
    );
    expect(html).not.toMatch(/script:/i);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
