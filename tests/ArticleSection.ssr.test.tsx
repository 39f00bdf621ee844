import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleSection } from 'wellread/article-layout';

describe('ArticleSection on the server', () => {
  it('renders the heading with its slug id and the section link with no DOM present', () => {
    const html = renderToString(
      <ArticleSection title="Ernährung & Darm 🥦" level={3}>
        <p>Text</p>
      </ArticleSection>,
    );
    expect(html).toContain('<h3 id="ernährung-darm" class="wr-section__heading" data-level="3" tabindex="-1">Ernährung &amp; Darm 🥦</h3>');
    expect(html).toContain('<a class="wr-section__anchor wr-no-print" href="#ernährung-darm">');
    expect(html).toContain('<span class="wr-visually-hidden">Link to section: Ernährung &amp; Darm 🥦</span>');
  });
});
