'use client';

import { useEffect, useState } from 'react';

export interface RelatedArticlesCarouselControlsProps {
  /** id of the scrolling element. */
  target: string;
  /** Accessible name of the back button. */
  previous: string;
  /** Accessible name of the forward button. */
  next: string;
}

/**
 * Previous/next buttons for the carousel. They render only after hydration: without
 * JavaScript the list still scrolls (touch, trackpad, keyboard), and there is no button
 * that does nothing. Each click scrolls by one card; CSS decides smooth or instant.
 */
export function RelatedArticlesCarouselControls({ target, previous, next }: RelatedArticlesCarouselControlsProps) {
  // -1 until mounted; then bit 1 = at the start, bit 2 = at the end.
  const [ends, setEnds] = useState(-1);

  useEffect(() => {
    const scroller = document.getElementById(target);
    if (!scroller) return;
    const update = () => {
      // scrollLeft is negative in right-to-left scrollers.
      const offset = Math.abs(scroller.scrollLeft);
      setEnds((offset < 1 ? 1 : 0) | (offset + scroller.clientWidth > scroller.scrollWidth - 1 ? 2 : 0));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      scroller.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [target]);

  if (ends < 0) return null;

  const scroll = (direction: number) => {
    const scroller = document.getElementById(target);
    const items = scroller?.getElementsByTagName('li');
    if (!items || items.length < 2) return;
    // One card: from one card's start to the next, gap included. Negative in
    // right-to-left lists, where the next card lies to the left.
    scroller!.scrollBy({ left: direction * (items[1]!.offsetLeft - items[0]!.offsetLeft) });
  };

  // aria-disabled rather than disabled: a button that just reached the end keeps focus.
  // The chevrons are drawn in CSS (data-direction), mirrored for right-to-left.
  return (
    <>
      {(
        [
          ['previous', previous, -1],
          ['next', next, 1],
        ] as const
      ).map(([name, label, direction]) => (
        <button
          key={name}
          type="button"
          className="wr-related__button"
          data-direction={name}
          aria-label={label}
          aria-disabled={(ends & (direction < 0 ? 1 : 2)) > 0}
          onClick={() => scroll(direction)}
        />
      ))}
    </>
  );
}
