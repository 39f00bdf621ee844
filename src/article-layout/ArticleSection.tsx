import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../internal/className';
import { withDefaults } from '../internal/labels';
import { slugify } from '../internal/slug';
import { warnOnce } from '../internal/warn';
import { articleLayoutLabels, type ArticleLayoutLabels } from './labels';
import { fill, filled, shown, textOf } from './parts';
import { sectionLevel, type SectionLevel } from './toc';

export interface ArticleSectionProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The heading's content. */
  title: ReactNode;
  /** Heading level, 2 to 4. @default 2 */
  level?: SectionLevel;
  /** Id of the heading (the link's `#fragment`). @default a slug of the title; use `buildToc` for ids unique on the page */
  id?: string;
  /** Show the "link to this section" anchor. @default true */
  anchor?: boolean;
  /** Replacement text, e.g. `es.articleLayout` from `wellread/locales`. @default English */
  labels?: Partial<ArticleLayoutLabels>;
}

/**
 * A section of the article: an `h2`–`h4` with a stable id, a "link to this section"
 * anchor shown on hover and on keyboard focus, and its content.
 */
export const ArticleSection = /* @__PURE__ */ forwardRef<HTMLElement, ArticleSectionProps>(function ArticleSection(props, ref) {
  const { title, level, id, anchor = true, labels, className, children, ...rest } = props;
  const text = textOf(title).trim();
  const headingId = id || slugify(text);
  const depth = sectionLevel(level);
  const Heading = `h${depth}` as const;
  const titled = shown(title);
  // Without a title, the content stands alone; without content either, no empty section.
  const empty = !titled && !filled(children);
  if (process.env.NODE_ENV !== 'production' && !titled) {
    warnOnce(empty ? 'ArticleSection: a section has no title and no content; nothing was rendered.' : 'ArticleSection: a section has no title; its heading and link were left out.');
  }
  if (empty) return null;
  return (
    <section ref={ref} className={cx('wr-section', className)} {...rest}>
      {titled && (
        <div className="wr-section__head">
          <Heading id={headingId} className="wr-section__heading" data-level={depth} tabIndex={-1}>
            {title}
          </Heading>
          {anchor && (
            <a className="wr-section__anchor wr-no-print" href={`#${headingId}`}>
              <span aria-hidden="true">#</span>
              <span className="wr-visually-hidden">{fill(withDefaults(articleLayoutLabels, labels).sectionLink, { title: text })}</span>
            </a>
          )}
        </div>
      )}
      {children}
    </section>
  );
});
