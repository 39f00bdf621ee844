import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Byline } from 'wellread/article-layout';

describe('Byline on the server', () => {
  it('renders people, avatars and dates with no DOM present', () => {
    const html = renderToString(
      <Byline
        authors={[{ name: 'Sam', href: '/sam', avatar: '/sam.jpg' }, { name: 'Kim' }]}
        reviewers={{ name: 'Ana', credentials: 'MD' }}
        published="2026-03-15"
        locale="en-GB"
      />,
    );
    expect(html).toContain('By <a class="wr-byline__name" href="/sam" rel="author">Sam</a> and <span class="wr-byline__name">Kim</span>');
    expect(html).toContain('Medically reviewed by <span class="wr-byline__name">Ana</span>, MD');
    expect(html).toContain('<img class="wr-byline__avatar" src="/sam.jpg" alt="" width="40" height="40"');
    expect(html).toContain('Published <time dateTime="2026-03-15">15 March 2026</time>');
  });
});
