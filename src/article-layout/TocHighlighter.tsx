'use client';

import { useEffect } from 'react';

export interface TocHighlighterProps {
  /** Id of the table of contents' `<nav>`. */
  navId: string;
  /** Ids of the section headings, in page order. */
  ids: readonly string[];
}

/**
 * Marks the link of the section being read with `aria-current="true"`: the last heading
 * that has passed a line 30 % down the viewport. The observed area reaches far above the
 * viewport, so jumps (a link, the End key) count as passing too. Without
 * IntersectionObserver the links simply stay unmarked.
 */
export function TocHighlighter({ navId, ids }: TocHighlighterProps): null {
  const key = ids.join('\n');
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav || typeof IntersectionObserver !== 'function') return undefined;
    const links = Array.from(nav.querySelectorAll('a'));
    const passed = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) passed[entry.isIntersecting ? 'add' : 'delete'](entry.target.id);
        let current = '';
        for (const id of ids) if (passed.has(id)) current = id;
        for (const link of links) {
          if (current && link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '100000px 0px -70% 0px' },
    );
    for (const id of ids) {
      const target = document.getElementById(id);
      if (target) observer.observe(target);
    }
    return () => observer.disconnect();
    // `key` stands for `ids`: a new array with the same ids must not restart the observer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navId, key]);
  return null;
}
