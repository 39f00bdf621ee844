import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleSection, buildToc } from 'wellread/article-layout';
import { es } from 'wellread/locales';

describe('ArticleSection', () => {
  it('gives its heading an id slugged from the text and a link to itself', () => {
    render(
      <ArticleSection title="Your Gut: The Unsung Hero of Your Immune System">
        <p>Text</p>
      </ArticleSection>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAttribute('id', 'your-gut-the-unsung-hero-of-your-immune-system');
    const link = screen.getByRole('link', { name: 'Link to section: Your Gut: The Unsung Hero of Your Immune System' });
    expect(link).toHaveAttribute('href', '#your-gut-the-unsung-hero-of-your-immune-system');
    expect(screen.getByText('Text')).toBeInTheDocument();
  });

  it('keeps the link out of the heading, so headings lists read the title alone', () => {
    render(<ArticleSection title="Sleep">…</ArticleSection>);
    expect(screen.getByRole('heading')).toHaveAccessibleName('Sleep');
  });

  it('slugs the text of rich headings and names the link after it', () => {
    render(
      <ArticleSection title={<>Why <em>fibre</em> helps 🥦</>} level={3}>
        …
      </ArticleSection>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveAttribute('id', 'why-fibre-helps');
    expect(screen.getByRole('link')).toHaveAccessibleName('Link to section: Why fibre helps 🥦');
  });

  it('takes an explicit id, for repeated headings on one page', () => {
    const toc = buildToc([{ title: 'Tips' }, { title: 'Tips', level: 3 }]);
    render(
      <>
        {toc.map((item) => (
          <ArticleSection key={item.id} {...item}>
            …
          </ArticleSection>
        ))}
      </>,
    );
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.id])).toEqual([
      ['H2', 'tips'],
      ['H3', 'tips-2'],
    ]);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#tips', '#tips-2']);
  });

  it('clamps the level to h2–h4', () => {
    render(<ArticleSection title="X" level={9 as never}>…</ArticleSection>);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('localises the link name and can leave the link out', () => {
    const { rerender } = render(<ArticleSection title="Dormir" labels={es.articleLayout}>…</ArticleSection>);
    expect(screen.getByRole('link')).toHaveAccessibleName('Enlace a la sección: Dormir');
    rerender(<ArticleSection title="Dormir" anchor={false}>…</ArticleSection>);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('passes className, data attributes and ref to the <section>', () => {
    const ref = createRef<HTMLElement>();
    render(<ArticleSection ref={ref} title="X" className="site" data-testid="s">…</ArticleSection>);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveClass('wr-section', 'site');
  });

  it('lets a contents link move focus to its heading, outside the tab order', () => {
    render(<ArticleSection title="Hydrate, Hydrate, Hydrate!">Text</ArticleSection>);
    const heading = screen.getByRole('heading', { level: 2, name: 'Hydrate, Hydrate, Hydrate!' });
    heading.focus();
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });
});

describe('ArticleSection without a title', () => {
  it('renders its content alone, without an empty heading or "Link to section: ", and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(
      <ArticleSection title="">
        <p>Body text</p>
      </ArticleSection>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ArticleSection: a section has no title'));
    for (const title of ['   ', undefined, null]) {
      rerender(
        <ArticleSection title={title}>
          <p>Body text</p>
        </ArticleSection>,
      );
      expect(screen.getByText('Body text')).toBeInTheDocument();
      expect(screen.queryByRole('heading')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
      expect(container).toHaveTextContent(/^Body text$/);
    }
    warn.mockRestore();
  });
});

describe('ArticleSection without a title or content', () => {
  it('renders nothing, not an empty section, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<ArticleSection title="" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ArticleSection title={null}>{[null, '  ', false]}</ArticleSection>);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ArticleSection: a section has no title and no content'));
    warn.mockRestore();
  });
});
