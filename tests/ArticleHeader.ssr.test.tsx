import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from 'wellread/article-layout';

describe('ArticleHeader on the server', () => {
  it('renders the title, the byline and the reading time with no DOM present', () => {
    const html = renderToString(
      <ArticleHeader title="Gut-Immune Link" dek="Dek" authors={{ name: 'Sam' }} updated="2026-04-02" readingTime={7} />,
    );
    expect(html).toContain('<h1 class="wr-article-header__title">Gut-Immune Link</h1>');
    expect(html).toContain('<p class="wr-article-header__dek">Dek</p>');
    expect(html).toContain('Updated <time dateTime="2026-04-02">April 2, 2026</time>');
    expect(html).toContain('7 min read</time>');
  });
});
