import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StatHighlight } from 'wellread';

describe('StatHighlight on the server', () => {
  it('renders the figure and caption in one paragraph and the source link', () => {
    const html = renderToString(
      <StatHighlight value="70–80%" caption="of your immune system cells reside in your gut." source="Vighi et al., 2008" sourceUrl="https://doi.org/10.1111/j.1365-2249.2008.03713.x" />,
    );
    expect(html).toBe(
      '<div class="wr-stat"><p class="wr-stat__statement"><strong class="wr-stat__value">70–80%</strong> <!-- -->of your immune system cells reside in your gut.</p>' +
        '<p class="wr-stat__source">Source:<!-- --> <a class="wr-stat__link" href="https://doi.org/10.1111/j.1365-2249.2008.03713.x">Vighi et al., 2008</a></p></div>',
    );
  });

  it('renders no link for a dangerous source URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(<StatHighlight value="1" caption="x" source="S" sourceUrl="javascript:alert(1)" />);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('StatHighlight sourceUrl'));
    warn.mockRestore();
  });
});

// What MDX hands over: a caption on its own lines is a paragraph, `<p>` or the site's mapped `p`.
const SiteP = (props: { children?: ReactNode }) => <p className="docs-p" {...props} />;
// A <p> that opens a block before it closes: the browser would end the paragraph there.
const BLOCK_IN_P = /<p\b[^>]*>(?:(?!<\/p>)[\s\S])*?<(?:p|div|ul|ol|li)\b/;

describe('StatHighlight on the server given MDX children', () => {
  it('writes the figure and the caption from a <p> into one paragraph, as from `caption`', () => {
    const html = renderToString(
      <StatHighlight value="70–80%">
        <p>of your immune system cells reside in your gut.</p>
      </StatHighlight>,
    );
    expect(html).toBe(renderToString(<StatHighlight value="70–80%" caption="of your immune system cells reside in your gut." />));
    expect(html).not.toMatch(BLOCK_IN_P);
  });

  it('writes several paragraphs after the figure in a <div>, never a paragraph in a paragraph', () => {
    const html = renderToString(
      <StatHighlight value="1 in 3">
        <SiteP>adults in the study reported digestive symptoms.</SiteP>
        {'\n'}
        <p>Most often bloating.</p>
      </StatHighlight>,
    );
    expect(html).not.toMatch(BLOCK_IN_P);
    expect(html).toContain(
      '<strong class="wr-stat__value">1 in 3</strong> <p class="docs-p">adults in the study reported digestive symptoms.</p>\n<p>Most often bloating.</p></div>',
    );
  });
});
