import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ReadingTime } from 'wellread';
import { ar, de, es, fr } from 'wellread/locales';

describe('ReadingTime', () => {
  it('shows the minutes with a machine-readable duration', () => {
    render(<ReadingTime minutes={7} />);
    const time = screen.getByText('7 min read');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', 'PT7M');
  });

  it('computes minutes from text at 200 words a minute by default', () => {
    render(<ReadingTime text={'word '.repeat(1386)} />);
    expect(screen.getByText('7 min read')).toBeInTheDocument();
  });

  it('respects wordsPerMinute', () => {
    render(<ReadingTime text={'word '.repeat(1000)} wordsPerMinute={100} />);
    expect(screen.getByText('10 min read')).toBeInTheDocument();
  });

  it('prefers minutes over text', () => {
    render(<ReadingTime minutes={3} text={'word '.repeat(5000)} />);
    expect(screen.getByText('3 min read')).toBeInTheDocument();
  });

  it.each([
    ['es', es, '7 min de lectura'],
    ['fr', fr, '7 min de lecture'],
    ['de', de, '7 Min. Lesezeit'],
  ])('speaks %s from wellread/locales', (_, locale, expected) => {
    render(<ReadingTime minutes={7} locale={locale.locale} labels={locale.readingTime} />);
    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('uses Arabic plural categories and digits', () => {
    const { rerender } = render(<ReadingTime minutes={2} locale="ar" labels={ar.readingTime} />);
    expect(screen.getByText('دقيقتان للقراءة')).toBeInTheDocument();
    rerender(<ReadingTime minutes={5} locale="ar-EG" labels={ar.readingTime} />);
    expect(screen.getByText('٥ دقائق للقراءة')).toBeInTheDocument();
    rerender(<ReadingTime minutes={11} locale="ar" labels={ar.readingTime} />);
    expect(screen.getByText('11 دقيقة للقراءة')).toBeInTheDocument();
  });

  it('accepts a custom formatter', () => {
    render(<ReadingTime minutes={4} format={(m, locale) => `${m} minutes (${locale})`} locale="en-GB" />);
    expect(screen.getByText('4 minutes (en-GB)')).toBeInTheDocument();
  });

  it('renders nothing for empty text or zero minutes', () => {
    const { container, rerender } = render(<ReadingTime text="   <p></p> " />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ReadingTime minutes={0} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ReadingTime />);
    expect(container).toBeEmptyDOMElement();
  });

  it('warns in development and renders nothing for invalid minutes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReadingTime minutes={Number.NaN} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ReadingTime'));
    warn.mockRestore();
  });

  it('passes className, data attributes and ref to the <time> element', () => {
    const ref = createRef<HTMLTimeElement>();
    render(<ReadingTime ref={ref} minutes={2} className="site-class" data-testid="rt" />);
    const time = screen.getByTestId('rt');
    expect(ref.current).toBe(time);
    expect(time).toHaveClass('wr-reading-time', 'site-class');
  });
});
