import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewDates } from 'wellread/article-layout';
import { de } from 'wellread/locales';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ReviewDates', () => {
  it('reads "Page last reviewed: … · Next review due: …" with <time> elements', () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { container } = render(<ReviewDates lastReviewed="2026-03-15" nextReview="2029-03-15" locale="en-GB" />);
    expect(container.textContent).toBe('Page last reviewed: 15 March 2026 · Next review due: 15 March 2029');
    expect(screen.getByText('15 March 2026')).toHaveAttribute('datetime', '2026-03-15');
    expect(screen.getByText('15 March 2029')).toHaveAttribute('datetime', '2029-03-15');
  });

  it('speaks German from wellread/locales', () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z') });
    const { container } = render(<ReviewDates lastReviewed="2026-03-15" locale="de" labels={de.articleLayout} />);
    expect(container.textContent).toBe('Seite zuletzt geprüft: 15. März 2026');
  });

  describe('given a next review date that has passed', () => {
    it('warns in development that the page is overdue, and still shows both dates', () => {
      vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<ReviewDates lastReviewed="2026-03-15" nextReview="2029-03-16" />);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('the review was due on 2029-03-16'));
      expect(screen.getByText('March 16, 2029')).toBeInTheDocument();
    });

    it('stays quiet while the review is not yet due', () => {
      vi.useFakeTimers({ now: new Date('2029-03-01T00:00:00Z') });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<ReviewDates nextReview="2029-03-17" />);
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('given invalid dates', () => {
    it('leaves them out with a warning, never "Invalid Date"', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ReviewDates lastReviewed="yesterday-ish" nextReview="2029-03-15" />);
      expect(container.textContent).toBe('Next review due: March 15, 2029');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"yesterday-ish" is not a valid date'));
    });

    it.each(['02/30/2026', '2026/02/30', 'February 30, 2026', 'Feb 29 2025', '2026-02-30T03:00:00', '02/30/2026 03:00'])(
      'leaves out %j, which JavaScript would roll over to March, with a warning',
      (written) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const { container } = render(<ReviewDates lastReviewed={written} nextReview="2029-03-15" />);
        expect(container.textContent).toBe('Next review due: March 15, 2029');
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${written}" is not a valid date`));
      },
    );

    it.each(['0', '5', 'March 5', '202603'])('leaves out %j, which names no year (JavaScript would guess 2000 or 2001), with a warning', (written) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ReviewDates lastReviewed={written} nextReview="2029-03-15" />);
      expect(container.textContent).toBe('Next review due: March 15, 2029');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${written}" is not a valid date`));
    });

    it.each([
      ['2/29/2024', 'February 29, 2024'],
      ['12.31.2026', 'December 31, 2026'],
      ['Thu Mar 05 2026', 'March 5, 2026'],
      ['March 2026', 'March 1, 2026'],
    ])('keeps %j, a real day', (written, shown) => {
      render(<ReviewDates lastReviewed={written} />);
      expect(screen.getByText(shown)).toBeInTheDocument();
    });

    it('renders nothing when no date is valid', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ReviewDates lastReviewed="nope" nextReview={Number.NaN} />);
      expect(container).toBeEmptyDOMElement();
    });
  });

  it.each([undefined, ''])('keeps the English line where the lastReviewed label is %j (an unfilled CMS field)', (missing) => {
    render(<ReviewDates lastReviewed="2026-03-15" labels={{ lastReviewed: missing } as never} />);
    expect(screen.getByText(/Page last reviewed/)).toHaveTextContent('Page last reviewed: March 15, 2026');
  });

  it('passes className, data attributes and ref to the <p>', () => {
    const ref = createRef<HTMLParagraphElement>();
    render(<ReviewDates ref={ref} lastReviewed="2026-03-15" className="site" data-testid="rd" />);
    expect(ref.current).toBe(screen.getByTestId('rd'));
    expect(ref.current?.tagName).toBe('P');
    expect(ref.current).toHaveClass('wr-review-dates', 'site');
  });
});
