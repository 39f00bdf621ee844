'use client';

import { useEffect } from 'react';

export interface TocHighlighterProps {
  /** Id of the table of contents' `<nav>`; its links' `#id`s name the sections, in page order. */
  navId: string;
}

/**
 * Marks the link of the section being read with `aria-current="true"`: the last heading
 * that has passed a line 30 % down the viewport. The observed area reaches far above the
 * viewport, so jumps (a link, the End key) count as passing too. Without
 * IntersectionObserver the links simply stay unmarked. The links are read once, so the
 * `TableOfContents` keys this by the section ids to start afresh when they change.
 */
export function TocHighlighter({ navId }: TocHighlighterProps): null {
  useEffect(() => {
    const links = document.getElementById(navId)?.querySelectorAll('a');
    if (!links || !window.IntersectionObserver) return undefined;
    const idOf = (link: Element) => link.getAttribute('href')!.slice(1);
    const passed = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) passed[entry.isIntersecting ? 'add' : 'delete'](entry.target.id);
        let current = '';
        for (const link of links) if (passed.has(idOf(link))) current = idOf(link);
        for (const link of links) {
          if (idOf(link) === current) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '100000px 0px -70% 0px' },
    );
    for (const link of links) {
      const target = document.getElementById(idOf(link));
      if (target) observer.observe(target);
    }
    return () => observer.disconnect();
  }, [navId]);
  return null;
}
