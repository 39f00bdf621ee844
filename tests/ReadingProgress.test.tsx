import { act, render, screen } from '@testing-library/react';
import { createRef, useRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadingProgress } from 'wellread/article-layout';

/** Places `element` so its top is `top` px from the viewport's top and it is `height` px tall. */
function place(element: Element, top: number, height: number) {
  element.getBoundingClientRect = () => ({ top, bottom: top + height, height }) as DOMRect;
}

function scroll() {
  act(() => {
    window.dispatchEvent(new Event('scroll'));
    vi.runAllTimers();
  });
}

/** The fill the bar shows, 0 to 1, as written on its inner element. */
const progressOf = (bar: HTMLElement) => (bar.firstElementChild as HTMLElement).style.getPropertyValue('--wr-progress');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  vi.stubGlobal('innerHeight', 1000);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ReadingProgress', () => {
  it('is decorative: hidden from assistive technology and from print', () => {
    render(<ReadingProgress data-testid="bar" />);
    const bar = screen.getByTestId('bar');
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(bar).toHaveClass('wr-progress', 'wr-no-print');
  });

  describe('given it sits inside an article 3000 px tall', () => {
    it('follows the scroll from 0 to 1 through the article', () => {
      render(
        <article data-testid="article">
          <ReadingProgress data-testid="bar" />
          <p>Text</p>
        </article>,
      );
      const article = screen.getByTestId('article');
      const bar = screen.getByTestId('bar');
      place(article, 200, 3000);
      scroll();
      expect(progressOf(bar)).toBe('0');
      place(article, -1000, 3000);
      scroll();
      expect(progressOf(bar)).toBe('0.5');
      place(article, -2500, 3000);
      scroll();
      expect(progressOf(bar)).toBe('1');
    });

    it('updates once per frame however many scroll events arrive', () => {
      render(
        <article data-testid="article">
          <ReadingProgress data-testid="bar" />
        </article>,
      );
      const article = screen.getByTestId('article');
      const rect = vi.fn(() => ({ top: -400, bottom: 2600, height: 3000 }) as DOMRect);
      article.getBoundingClientRect = rect;
      act(() => {
        for (let i = 0; i < 10; i++) window.dispatchEvent(new Event('scroll'));
        vi.runAllTimers();
      });
      expect(rect).toHaveBeenCalledTimes(1);
      expect(progressOf(screen.getByTestId('bar'))).toBe('0.2');
    });
  });

  it('measures the element named by a selector', () => {
    render(
      <>
        <ReadingProgress target="#story" data-testid="bar" />
        <div id="story" />
      </>,
    );
    const story = document.getElementById('story')!;
    place(story, -500, 2000);
    scroll();
    expect(progressOf(screen.getByTestId('bar'))).toBe('0.5');
  });

  it('measures the element of a ref', () => {
    function Page() {
      const ref = useRef<HTMLDivElement>(null);
      return (
        <>
          <ReadingProgress target={ref} data-testid="bar" />
          <div ref={ref} data-testid="story" />
        </>
      );
    }
    render(<Page />);
    place(screen.getByTestId('story'), -250, 2000);
    scroll();
    expect(progressOf(screen.getByTestId('bar'))).toBe('0.25');
  });

  it('counts a short article that is fully on screen as read', () => {
    render(
      <article data-testid="article">
        <ReadingProgress data-testid="bar" />
      </article>,
    );
    place(screen.getByTestId('article'), 100, 500);
    scroll();
    expect(progressOf(screen.getByTestId('bar'))).toBe('1');
  });

  it('stops listening when it unmounts', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = render(
      <article>
        <ReadingProgress />
      </article>,
    );
    unmount();
    expect(remove.mock.calls.map(([type]) => type)).toEqual(expect.arrayContaining(['scroll', 'resize']));
  });

  it('stays empty, with a development warning, when the selector is not valid CSS', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ReadingProgress target="###" data-testid="bar" />);
    scroll();
    expect(progressOf(screen.getByTestId('bar'))).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"###" is not a valid selector'));
    warn.mockRestore();
  });

  it('does nothing without an article to measure', () => {
    render(<ReadingProgress data-testid="bar" />);
    scroll();
    expect(progressOf(screen.getByTestId('bar'))).toBe('');
  });

  it('hydrates server HTML without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = (
      <article>
        <ReadingProgress />
      </article>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    render(ui, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('passes className, data attributes and ref to the bar', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ReadingProgress ref={ref} className="site" data-testid="bar" />);
    expect(ref.current).toBe(screen.getByTestId('bar'));
    expect(ref.current).toHaveClass('wr-progress', 'site');
  });
});
