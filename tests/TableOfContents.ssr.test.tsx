import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { TableOfContents } from 'wellread/article-layout';

describe('TableOfContents on the server', () => {
  it('builds nested plain links from data, with no DOM present', () => {
    const html = renderToString(
      <TableOfContents id="toc" items={[{ title: 'A' }, { title: 'B', level: 3 }, { title: 'A' }]} />,
    );
    expect(html).toBe(
      '<nav id="toc" aria-labelledby="toc-title" class="wr-toc"><h2 id="toc-title" class="wr-toc__title">On this page</h2>' +
        '<ol class="wr-toc__list"><li class="wr-toc__item"><a class="wr-toc__link" href="#a">A</a>' +
        '<ol class="wr-toc__sublist"><li class="wr-toc__item"><a class="wr-toc__link" href="#b">B</a></li></ol></li>' +
        '<li class="wr-toc__item"><a class="wr-toc__link" href="#a-2">A</a></li></ol></nav>',
    );
  });
});

describe('TableOfContents on the server with blank titles', () => {
  it('writes no empty links, and nothing at all when no title is left', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToString(<TableOfContents items={[{ title: '' }, { title: '   ' }]} />)).toBe('');
    const html = renderToString(<TableOfContents id="toc" items={[{ title: ' ' }, { title: 'Sleep' }]} headingLevel={1 as never} />);
    expect(html).toContain('<h2 id="toc-title"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="#sleep">Sleep</a>');
    vi.restoreAllMocks();
  });
});
