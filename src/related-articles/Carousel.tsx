'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface RelatedArticlesCarouselProps {
  /** Accessible name of the scrolling area. */
  label: string;
  /** Accessible name of the back button. */
  previous: string;
  /** Accessible name of the forward button. */
  next: string;
  /** The list of cards (rendered on the server). */
  children: ReactNode;
}

/**
 * The carousel's scrolling area and its previous/next buttons. The area is focusable
 * and named, so it scrolls without JavaScript (touch, trackpad, keyboard). It is a group,
 * not a region: the section is already the landmark. The buttons appear after hydration
 * in space the server already reserved, so there is never a button that does nothing.
 */
export function RelatedArticlesCarousel({ label, previous, next, children }: RelatedArticlesCarouselProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // -1 until mounted; then bit 1 = at the start, bit 2 = at the end.
  const [ends, setEnds] = useState(-1);
  const update = () => {
    const { scrollLeft, clientWidth, scrollWidth } = scroller.current!;
    // scrollLeft is negative in right-to-left scrollers.
    const offset = Math.abs(scrollLeft);
    setEnds((offset < 1 ? 1 : 0) | (offset + clientWidth > scrollWidth - 1 ? 2 : 0));
  };

  // After every render: the list may have gained or lost cards.
  useEffect(update);
  // And whenever the scroller changes size, the window's or its column's (a sidebar that
  // opens, a tab shown). Once: `update` reads only the ref and the state setter. Guarded
  // for jsdom, where sites' own unit tests render this too.
  useEffect(() => {
    const observer = self.ResizeObserver && new ResizeObserver(update);
    observer?.observe(scroller.current!);
    return () => observer?.disconnect();
  }, []);

  return (
    <>
      <div className="wr-related__controls wr-no-print">
        {ends >= 0 &&
          // aria-disabled rather than disabled: a button that just reached the end keeps focus.
          // The chevrons are drawn in CSS (data-direction), mirrored for right-to-left.
          [previous, next].map((name, forward) => (
            <button
              key={forward}
              type="button"
              className="wr-related__button"
              data-direction={forward ? 'next' : 'previous'}
              aria-label={name}
              aria-disabled={((ends >> forward) & 1) > 0}
              onClick={() => {
                // One card: from one card's start to the next, gap included; negative in
                // right-to-left lists, where the next card lies to the left. CSS decides
                // smooth or instant.
                const items = scroller.current!.getElementsByTagName('li');
                if (items[1]) scroller.current!.scrollBy({ left: (forward * 2 - 1) * (items[1].offsetLeft - items[0]!.offsetLeft) });
              }}
            />
          ))}
      </div>
      <div ref={scroller} className="wr-related__scroller" role="group" aria-label={label} tabIndex={0} onScroll={update}>
        {children}
      </div>
    </>
  );
}
