import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleHeader } from 'wellread/article-layout';
import { ar, fr } from 'wellread/locales';

describe('ArticleHeader', () => {
  it('shows eyebrow, the one h1, the dek and the byline', () => {
    render(
      <ArticleHeader
        eyebrow="Gut health"
        title="Gut-Immune Link"
        dek="Why your microbiome matters after illness."
        authors={{ name: 'Sam Lee' }}
        reviewers={{ name: 'Ana Ruiz', credentials: 'MD' }}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gut-Immune Link');
    expect(screen.getByText('Gut health')).toBeInTheDocument();
    expect(screen.getByText('Why your microbiome matters after illness.')).toBeInTheDocument();
    expect(screen.getByText(/Medically reviewed by/)).toHaveTextContent('Medically reviewed by Ana Ruiz, MD');
  });

  describe('given a reading time', () => {
    it('puts "7 min read" in the meta line after the dates', () => {
      const { container } = render(<ArticleHeader title="T" published="2026-03-15" readingTime={7} />);
      const time = screen.getByText('7 min read');
      expect(time).toHaveAttribute('datetime', 'PT7M');
      expect(container.querySelector('.wr-byline__meta')?.textContent).toBe('Published March 15, 2026 · 7 min read');
    });

    it('speaks the reading time in the article’s language', () => {
      render(<ArticleHeader title="T" readingTime={7} locale="fr" labels={fr.articleLayout} />);
      expect(screen.getByText('7 min de lecture')).toBeInTheDocument();
    });

    it('uses Arabic plural forms and digits', () => {
      render(<ArticleHeader title="T" readingTime={5} locale="ar-EG" labels={ar.articleLayout} />);
      expect(screen.getByText('٥ دقائق للقراءة')).toBeInTheDocument();
    });

    it('shows no reading time for 0 minutes', () => {
      render(<ArticleHeader title="T" readingTime={0} />);
      expect(screen.queryByText(/min read/)).toBeNull();
    });
  });

  it('accepts its own byline in place of the authors lines, keeping the meta line', () => {
    render(<ArticleHeader title="T" authors={{ name: 'Hidden' }} byline={<p>By the editors</p>} readingTime={3} />);
    expect(screen.queryByText(/Hidden/)).toBeNull();
    expect(screen.getByText('By the editors')).toBeInTheDocument();
    expect(screen.getByText('3 min read')).toBeInTheDocument();
  });

  it('passes className, data attributes, titleId and ref', () => {
    const ref = createRef<HTMLElement>();
    render(<ArticleHeader ref={ref} title="T" titleId="t1" className="site" data-testid="h" />);
    const header = screen.getByTestId('h');
    expect(ref.current).toBe(header);
    expect(header).toHaveClass('wr-article-header', 'site');
    expect(within(header).getByRole('heading')).toHaveAttribute('id', 't1');
  });
});

describe('ArticleHeader with blank or invalid values', () => {
  it('renders no empty eyebrow, dek or h1 for blank strings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<ArticleHeader title="Gut-Immune Link" eyebrow="" dek="  " />);
    const header = container.querySelector('header')!;
    expect(header.querySelectorAll('p')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gut-Immune Link');
    expect(warn).not.toHaveBeenCalled();
    rerender(<ArticleHeader title=" " eyebrow="Gut health" />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no h1'));
    warn.mockRestore();
  });

  it.each([
    ['the string "7"', '7'],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-3', -3],
  ])('adds no reading-time item for %s, with one development warning', (_, readingTime) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ArticleHeader title="Gut-Immune Link" published="2026-03-15" readingTime={readingTime as number} />,
    );
    const items = container.querySelectorAll('.wr-byline__item');
    expect([...items].map((item) => item.textContent)).toEqual(['Published March 15, 2026']);
    expect(container).not.toHaveTextContent('min read');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`readingTime must be a finite number ≥ 0, got ${String(readingTime)}`));
    warn.mockRestore();
  });

  it('renders no byline at all when an invalid reading time is all it had', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHeader title="Gut-Immune Link" readingTime={Number.NEGATIVE_INFINITY} />);
    expect(container.querySelector('.wr-byline')).toBeNull();
    warn.mockRestore();
  });
});

describe('ArticleHeader with nothing to show', () => {
  it('renders no empty header for an empty title and blank or empty parts, warning in development, but keeps one with a date or a byline', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<ArticleHeader title="" />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <ArticleHeader title="  " eyebrow="" dek={null} byline={false} authors={[{ name: ' ' }]} reviewers={[]} published="nope" readingTime={Number.NaN} meta={[null, '']} />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ArticleHeader: no title and nothing else to show'));
    // A header with only a date or a byline left still shows them.
    rerender(<ArticleHeader title="" published="2026-03-15" />);
    expect(container.querySelector('header')).toHaveTextContent('Published March 15, 2026');
    rerender(<ArticleHeader title="" authors={{ name: 'Sam Lee' }} />);
    expect(container.querySelector('header')).toHaveTextContent('By Sam Lee');
    warn.mockRestore();
  });
});
