import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Byline } from 'wellread/article-layout';
import { es } from 'wellread/locales';

const ana = { name: 'Ana Ruiz', href: 'https://example.org/people/ana', credentials: 'MD' };

describe('Byline', () => {
  describe('given authors and a medical reviewer', () => {
    it('names the authors in one list, linked when they have a profile', () => {
      render(<Byline authors={[{ name: 'Sam Lee', href: '/authors/sam' }, { name: 'Kim Park' }]} />);
      expect(screen.getByText(/^By/).textContent).toBe('By Sam Lee and Kim Park');
      const link = screen.getByRole('link', { name: 'Sam Lee' });
      expect(link).toHaveAttribute('href', '/authors/sam');
      expect(link).toHaveAttribute('rel', 'author');
    });

    it('says who reviewed it medically, with credentials', () => {
      render(<Byline reviewers={ana} />);
      expect(screen.getByText(/Medically reviewed by/).textContent).toBe('Medically reviewed by Ana Ruiz, MD');
      expect(screen.getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute('href', ana.href);
    });

    it('uses the language’s own list words', () => {
      render(<Byline authors={[{ name: 'Sam' }, { name: 'Kim' }, { name: 'Noor' }]} locale="es" labels={es.articleLayout} />);
      expect(screen.getByText(/^Por/).textContent).toBe('Por Sam, Kim y Noor');
    });

    it('shows avatars with their size reserved and an empty alt (the name is beside them)', () => {
      const { container } = render(
        <Byline authors={[{ name: 'Sam', avatar: '/sam.jpg' }, { name: 'Kim', avatar: { src: '/kim.jpg', width: 96, height: 96 } }]} />,
      );
      const images = container.querySelectorAll('img');
      expect([...images].map((img) => [img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('alt')])).toEqual([
        ['/sam.jpg', '40', ''],
        ['/kim.jpg', '96', ''],
      ]);
    });
  });

  describe('given hostile profile links', () => {
    it('drops javascript: and data: URLs but keeps the names', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(
        <Byline
          authors={[
            { name: 'Mallory', href: 'javascript:alert(1)', avatar: 'data:image/svg+xml,<svg onload=alert(1)>' },
            { name: 'Eve', href: ' JaVaScRiPt:alert(1)' },
          ]}
        />,
      );
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.getByText('Mallory')).toBeInTheDocument();
      warn.mockRestore();
    });
  });

  describe('given dates', () => {
    it('shows published and updated dates as <time> formatted for the locale', () => {
      render(<Byline published="2026-03-15" updated="2026-04-02T09:30:00Z" locale="en-GB" />);
      const published = screen.getByText('15 March 2026');
      expect(published.tagName).toBe('TIME');
      expect(published).toHaveAttribute('datetime', '2026-03-15');
      expect(published.parentElement?.textContent).toBe('Published 15 March 2026');
      expect(screen.getByText('2 April 2026')).toHaveAttribute('datetime', '2026-04-02T09:30:00.000Z');
    });

    it('formats in other languages', () => {
      render(<Byline published="2026-03-15" locale="de" labels={{ published: 'Veröffentlicht am {date}' }} />);
      expect(screen.getByText('15. März 2026').parentElement?.textContent).toBe('Veröffentlicht am 15. März 2026');
    });

    it('leaves out an invalid date with a development warning, never "Invalid Date"', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<Byline authors={{ name: 'Sam' }} published="2026-13-45" updated="not a date" />);
      expect(container.textContent).not.toMatch(/Invalid|NaN|Published|Updated/);
      expect(container.querySelector('time')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"2026-13-45" is not a valid date'));
      warn.mockRestore();
    });
  });

  it('renders nothing without people, dates or meta', () => {
    const { container } = render(<Byline authors={[{ name: '  ' }]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('passes className, data attributes and ref to the root element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Byline ref={ref} authors={{ name: 'Sam' }} className="site" data-testid="byline" />);
    expect(ref.current).toBe(screen.getByTestId('byline'));
    expect(ref.current).toHaveClass('wr-byline', 'site');
  });
});

describe('Byline given person fields of the wrong type, as a CMS may send', () => {
  it('leaves out credentials that are not text, keeps the name, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Byline authors={{ name: 'Sam Lee', credentials: {} as never }} reviewers={{ name: 'Ana Ruiz', credentials: ['MD'] as never }} />);
    expect(screen.getByText(/^By/).textContent).toBe('By Sam Lee');
    expect(screen.getByText(/Medically reviewed by/).textContent).toBe('Medically reviewed by Ana Ruiz');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the credentials of "Sam Lee" are not text'));
    warn.mockRestore();
  });

  it('shows a number as text, and leaves out a person whose name is an object or a list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Byline
        authors={[{ name: { first: 'Sam' } as never }, { name: 42 as never, credentials: 7 as never }, { name: ['Kim'] as never }]}
        reviewers={[{ name: {} as never }, 'Ana' as never, { name: ' Noor ' }]}
      />,
    );
    expect(screen.getByText(/^By/).textContent).toBe('By 42, 7');
    expect(screen.getByText(/Medically reviewed by/).textContent).toBe('Medically reviewed by Noor');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a person without a name was left out (name: object)'));
    warn.mockRestore();
  });

  it('drops a profile link or avatar that is not a URL string, and falls back to 40 × 40 for odd sizes', () => {
    const { container } = render(
      <Byline
        authors={[
          { name: 'Sam', href: {} as never, avatar: { src: '/sam.jpg', width: {} as never, height: 'big' as never } },
          { name: 'Kim', href: 5 as never, avatar: { src: {} as never } },
        ]}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect([...container.querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['/sam.jpg', '40', '40'],
    ]);
  });
});
