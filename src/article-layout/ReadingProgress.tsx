'use client';

import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type RefObject } from 'react';
import { cx } from '../internal/className';
import { warnOnce } from '../internal/warn';

export interface ReadingProgressProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The element being read: a CSS selector or a ref. @default the `<article>` around the bar, else the page's first `<article>` */
  target?: string | RefObject<HTMLElement | null>;
}

/**
 * A thin bar fixed to the top of the viewport that fills as the reader scrolls through
 * the article. Decorative (`aria-hidden`), takes no space, hidden in print; the fill
 * follows the scroll without easing when the reader prefers reduced motion.
 */
export const ReadingProgress = /* @__PURE__ */ forwardRef<HTMLDivElement, ReadingProgressProps>(function ReadingProgress(props, ref) {
  const { target, className, ...rest } = props;
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Always rendered: the effect runs after the bar is in the page.
    const node = bar.current!;
    let element: Element | null | undefined;
    try {
      element =
        typeof target === 'string'
          ? document.querySelector(target)
          : target
            ? target.current
            : (node.closest('article') ?? document.querySelector('article'));
    } catch {
      // Not a valid CSS selector: no bar rather than an error that unmounts the page.
      if (process.env.NODE_ENV !== 'production') warnOnce(`ReadingProgress: "${String(target).slice(0, 80)}" is not a valid selector.`);
    }
    if (!element) return undefined;
    let frame = 0;
    const update = () => {
      frame = 0;
      const { top, bottom, height } = element.getBoundingClientRect();
      const scrollable = height - window.innerHeight;
      const progress = scrollable > 0 ? -top / scrollable : bottom <= window.innerHeight ? 1 : 0;
      node.style.setProperty('--wr-progress', `${Math.min(1, Math.max(0, progress))}`);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [target]);
  return (
    <div ref={ref} className={cx('wr-progress wr-no-print', className)} aria-hidden="true" {...rest}>
      <div ref={bar} className="wr-progress__bar" />
    </div>
  );
});
