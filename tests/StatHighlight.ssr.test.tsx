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
