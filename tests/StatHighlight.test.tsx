import { render, screen, within } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StatHighlight } from 'wellread';
import { de } from 'wellread/locales';

describe('StatHighlight', () => {
  it('puts the figure and its caption in one paragraph, read as one phrase', () => {
    render(<StatHighlight value="70–80%" caption="of your immune system cells reside in your gut." />);
    const statement = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' && element.textContent === '70–80% of your immune system cells reside in your gut.',
    );
    expect(statement.querySelector('strong')).toHaveTextContent(/^70–80%$/);
    expect(statement.querySelectorAll('[aria-hidden], [aria-label]')).toHaveLength(0);
  });

  it('takes the caption from children too (MDX)', () => {
    render(<StatHighlight value="7–9 hours">of sleep a night is the goal for adults.</StatHighlight>);
    expect(screen.getByText('7–9 hours').closest('p')?.textContent).toBe('7–9 hours of sleep a night is the goal for adults.');
  });

  describe('given a source', () => {
    it('links the source by name after the localisable "Source:"', () => {
      render(
        <StatHighlight
          value="70–80%"
          caption="of immune cells"
          source="Vighi et al., 2008"
          sourceUrl="https://doi.org/10.1111/j.1365-2249.2008.03713.x"
        />,
      );
      const link = screen.getByRole('link', { name: 'Vighi et al., 2008' });
      expect(link).toHaveAttribute('href', 'https://doi.org/10.1111/j.1365-2249.2008.03713.x');
      expect(link.closest('p')?.textContent).toBe('Source: Vighi et al., 2008');
    });

    it('names the link by its host when only a URL is given', () => {
      render(<StatHighlight value="1 in 3" caption="adults" sourceUrl="https://www.nhs.uk/conditions/probiotics/" labels={de.articleBlocks} />);
      const link = screen.getByRole('link', { name: 'nhs.uk' });
      expect(link.closest('p')?.textContent).toBe('Quelle: nhs.uk');
    });

    it('drops a dangerous URL but keeps the source name as text', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<StatHighlight value="1" caption="x" source="A study" sourceUrl="javascript:alert(1)" />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('Source: A study')).toBeInTheDocument();
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    });
  });

  it('renders nothing without a figure', () => {
    const { container } = render(<StatHighlight value="" caption="of nothing" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('passes className, data attributes and ref to the root element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<StatHighlight ref={ref} value="70–80%" caption="c" className="site-class" data-testid="stat" />);
    const root = screen.getByTestId('stat');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('wr-stat', 'site-class');
  });

  it('hydrates the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <StatHighlight value="70–80%" caption="of immune cells" source="Vighi" sourceUrl="https://example.com" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('StatHighlight given a blank source name and a URL', () => {
  it.each(['', '  '])('names the link by its host for source %j, as when the name is left out', (source) => {
    render(<StatHighlight value="1 in 3" caption="adults" source={source} sourceUrl="https://www.nhs.uk/x" />);
    const link = screen.getByRole('link', { name: 'nhs.uk' });
    expect(link).toHaveAttribute('href', 'https://www.nhs.uk/x');
    expect(link.closest('p')?.textContent).toBe('Source: nhs.uk');
  });
});

// What MDX hands over when the caption is written on its own lines: a paragraph, as `<p>` or as
// the site's component when mdx-components maps `p` (and `a`, `ul`, `li`) to its own.
const SiteP = (props: { children?: ReactNode }) => <p className="docs-p" {...props} />;
const SiteUl = (props: { children?: ReactNode }) => <ul className="docs-ul" {...props} />;
const SiteLi = (props: { children?: ReactNode }) => <li className="docs-li" {...props} />;
const BLOCK_IN_P = 'p :is(p, div, ul, ol, li)';

describe('StatHighlight given its caption as an MDX paragraph', () => {
  const phrase = '70–80% of your immune system cells reside in your gut';
  const paragraph = <p>of your immune system cells reside in your gut</p>;

  it('reads the figure and the caption from a <p> as one phrase, with no paragraph in a paragraph', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<StatHighlight value="70–80%">{paragraph}</StatHighlight>);
    const statement = screen.getByText('70–80%').parentElement;
    expect(statement?.tagName).toBe('P');
    expect(statement?.textContent).toBe(phrase);
    expect(container.querySelector(BLOCK_IN_P)).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('keeps the phrase whole when the browser parses the server HTML, and hydrates it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <StatHighlight value="70–80%">{paragraph}</StatHighlight>;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(within(container).getByText('70–80%').parentElement?.textContent).toBe(phrase);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    container.remove();
  });
});

describe('StatHighlight given a site component as the whole caption', () => {
  // A component whose only prop is `children` may be the site's `p` or a highlight: it is kept
  // as written, and the statement becomes a <div> so that a block inside stays valid.
  const Highlight = ({ children }: { children?: ReactNode }) => <mark>{children}</mark>;
  it.each([
    ['the site’s `p` component', <SiteP>of your immune system cells reside in your gut</SiteP>, 'p.docs-p'],
    ['a highlight', <Highlight>of your immune system cells reside in your gut</Highlight>, 'mark'],
  ])('keeps %s, with no block in a paragraph, on the server and after hydration', (_, caption, selector) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = <StatHighlight value="70–80%">{caption}</StatHighlight>;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelector(selector)).toHaveTextContent('of your immune system cells reside in your gut');
    expect(container.querySelector(BLOCK_IN_P)).toBeNull();
    expect(container.querySelector('.wr-stat__statement')?.textContent).toMatch(/^70–80% of your immune system cells/);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    container.remove();
  });
});

describe('StatHighlight given an empty caption prop and children', () => {
  it('shows the children, as a blank CMS field should not hide them', () => {
    render(
      <StatHighlight value="70–80%" caption="">
        of your immune system cells reside in your gut
      </StatHighlight>,
    );
    expect(screen.getByText('70–80%').parentElement).toHaveTextContent(/^70–80% of your immune system cells reside in your gut$/);
  });
});

describe('StatHighlight given blocks as children (several paragraphs, a list)', () => {
  it.each([
    [
      'two <p>s',
      <StatHighlight value="1 in 3">
        <p>adults in the study reported digestive symptoms.</p>
        {'\n'}
        <p>Most often bloating.</p>
      </StatHighlight>,
    ],
    [
      'two of the site’s `p` components',
      <StatHighlight value="1 in 3">
        <SiteP>adults in the study reported digestive symptoms.</SiteP>
        {'\n'}
        <SiteP>Most often bloating.</SiteP>
      </StatHighlight>,
    ],
    [
      'the site’s `ul` and `li` components',
      <StatHighlight value="1 in 3">
        <SiteUl>
          {'\n'}
          <SiteLi>adults in the study reported digestive symptoms.</SiteLi>
          {'\n'}
          <SiteLi>Most often bloating.</SiteLi>
          {'\n'}
        </SiteUl>
      </StatHighlight>,
    ],
  ])('nests %s validly after the figure, on the client and from the server HTML', (_, ui) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(ui);
    expect(container.querySelector(BLOCK_IN_P)).toBeNull();
    expect(screen.getByText('1 in 3').parentElement?.textContent).toMatch(/^1 in 3 .*digestive symptoms\..*Most often bloating\.\s*$/s);
    const server = document.createElement('div');
    server.innerHTML = renderToString(ui);
    document.body.append(server);
    expect(within(server).getByText('1 in 3').parentElement?.textContent).toMatch(/^1 in 3 .*digestive symptoms\..*Most often bloating\.\s*$/s);
    render(ui, { container: server, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    server.remove();
  });
});
