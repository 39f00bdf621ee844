import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelatedArticles, type RelatedArticle } from 'wellread/related-articles';

const articles: RelatedArticle[] = Array.from({ length: 5 }, (_, i) => ({
  href: `/articles/${i + 1}`,
  title: `Article ${i + 1}`,
  readingTimeMinutes: i + 3,
}));

// Cards 280px wide with a 16px gap, in a 600px window onto 5 × 296 − 16 = 1464px of cards.
const CARD = 296;

/**
 * jsdom has no layout: give the scroller its measurements, and a scrollBy that moves
 * scrollLeft and fires "scroll" as a browser would (instantly).
 */
function layOut(scroller: HTMLElement, { direction = 1 } = {}) {
  let scrollLeft = 0;
  Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 600 });
  Object.defineProperty(scroller, 'scrollWidth', { configurable: true, value: 1464 });
  Object.defineProperty(scroller, 'scrollLeft', {
    configurable: true,
    get: () => scrollLeft,
    set: (value: number) => {
      scrollLeft = value;
    },
  });
  scroller.querySelectorAll('li').forEach((item, i) => {
    Object.defineProperty(item, 'offsetLeft', { configurable: true, value: direction * i * CARD });
  });
  const scrollBy = vi.fn(({ left = 0 }: ScrollToOptions) => {
    const max = 1464 - 600;
    scrollLeft = direction > 0 ? Math.min(max, Math.max(0, scrollLeft + left)) : Math.max(-max, Math.min(0, scrollLeft + left));
    fireEvent.scroll(scroller);
  });
  scroller.scrollBy = scrollBy as unknown as HTMLElement['scrollBy'];
  // Measurements changed: let the controls read them (in a browser the scroller's
  // ResizeObserver would; jsdom has none, so a scroll event stands in).
  act(() => {
    fireEvent.scroll(scroller);
  });
  return { scrollBy, scrollTo: (value: number) => ((scrollLeft = value), fireEvent.scroll(scroller)) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given a carousel wider than its window', () => {
  it('starts with "Previous articles" disabled and "Next articles" enabled', () => {
    render(<RelatedArticles articles={articles} variant="carousel" />);
    layOut(screen.getByRole('group', { name: 'Scrollable list of articles' }));
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Next articles' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('scrolls forward by one card, gap included, and enables "Previous articles"', async () => {
    const user = userEvent.setup();
    render(<RelatedArticles articles={articles} variant="carousel" />);
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    const { scrollBy } = layOut(scroller);
    await user.click(screen.getByRole('button', { name: 'Next articles' }));
    expect(scrollBy).toHaveBeenCalledTimes(1);
    expect(scrollBy).toHaveBeenCalledWith({ left: CARD });
    expect(scroller.scrollLeft).toBe(CARD);
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('scrolls back by one card', async () => {
    const user = userEvent.setup();
    render(<RelatedArticles articles={articles} variant="carousel" />);
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    const { scrollBy, scrollTo } = layOut(scroller);
    scrollTo(2 * CARD);
    await user.click(screen.getByRole('button', { name: 'Previous articles' }));
    expect(scrollBy).toHaveBeenLastCalledWith({ left: -CARD });
    expect(scroller.scrollLeft).toBe(CARD);
  });

  it('disables "Next articles" at the end and keeps focus on it', async () => {
    const user = userEvent.setup();
    render(<RelatedArticles articles={articles} variant="carousel" />);
    layOut(screen.getByRole('group', { name: 'Scrollable list of articles' }));
    const next = screen.getByRole('button', { name: 'Next articles' });
    await user.click(next);
    await user.click(next);
    expect(next).toHaveAttribute('aria-disabled', 'false');
    await user.click(next);
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('is operated from the keyboard: Tab reaches the scroller and the buttons, Enter scrolls', async () => {
    const user = userEvent.setup();
    render(<RelatedArticles articles={articles} variant="carousel" />);
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    const { scrollBy } = layOut(scroller);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next articles' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(scrollBy).toHaveBeenCalledWith({ left: CARD });
    await user.tab();
    expect(scroller).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Article 1' })).toHaveFocus();
  });

  it('scrolls the other way in right-to-left text, where scrollLeft runs negative', async () => {
    const user = userEvent.setup();
    render(<RelatedArticles articles={articles} variant="carousel" />);
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    scroller.style.direction = 'rtl';
    const { scrollBy } = layOut(scroller, { direction: -1 });
    await user.click(screen.getByRole('button', { name: 'Next articles' }));
    expect(scrollBy).toHaveBeenCalledWith({ left: -CARD });
    expect(scroller.scrollLeft).toBe(-CARD);
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('aria-disabled', 'false');
  });
});

describe('given a carousel whose cards all fit', () => {
  it('disables both buttons', () => {
    render(<RelatedArticles articles={articles.slice(0, 2)} variant="carousel" />);
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 600 });
    Object.defineProperty(scroller, 'scrollWidth', { configurable: true, value: 600 });
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Next articles' })).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('given server-rendered HTML', () => {
  it('hydrates without errors and only then adds the buttons', () => {
    const error = vi.spyOn(console, 'error');
    const ui = <RelatedArticles articles={articles} variant="carousel" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelectorAll('button')).toHaveLength(0);
    // The space for the buttons is there before they are.
    expect(container.querySelector('.wr-related__controls')).toBeEmptyDOMElement();
    render(ui, { container, hydrate: true });
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('given a reader who prefers reduced motion', () => {
  it('scrolls smoothly only under prefers-reduced-motion: no-preference (the buttons leave it to CSS)', () => {
    const css = readFileSync('src/related-articles/RelatedArticles.css', 'utf8');
    const smooth = css.indexOf('scroll-behavior: smooth');
    expect(smooth).toBeGreaterThan(-1);
    expect(css.lastIndexOf('@media', smooth)).toBe(css.indexOf('@media (prefers-reduced-motion: no-preference)'));
    expect(css.match(/[\s;{]scroll-behavior:/g)).toHaveLength(1);
  });
});
