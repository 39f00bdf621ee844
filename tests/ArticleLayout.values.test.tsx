import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ArticleLayout, ReadingProgress, References, TableOfContents } from 'wellread/article-layout';
import { RelatedArticles } from 'wellread/related-articles';

/*
 * Blank and invalid values: no empty elements, nothing unchecked in `style`, and one
 * development warning each. A module remembers what it warned about, so every case here
 * uses values no other case uses.
 */

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const warnings = (text: string) => warn.mock.calls.filter(([message]) => String(message).includes(text));

describe('ArticleLayout without a title', () => {
  it('renders no empty h1 for title="", names nothing with it, and warns that the page has no h1', () => {
    const { container } = render(
      <ArticleLayout title="" eyebrow="Gut health">
        <p>Body</p>
      </ArticleLayout>,
    );
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(container.querySelector('article')).not.toHaveAttribute('aria-labelledby');
    expect(container.querySelector('header')).toBeNull();
    expect(warnings('the page has no h1')).toHaveLength(1);
  });

  it.each([['"   "', '   '], ['undefined', undefined]])('renders no h1 for the title %s either', (_, title) => {
    render(<ArticleLayout title={title}>Body</ArticleLayout>);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('article')).not.toHaveAttribute('aria-labelledby');
  });

  it('does not warn when given its own header', () => {
    render(<ArticleLayout header={<h1>Own</h1>}>Body</ArticleLayout>);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Own');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('ArticleLayout with invalid review dates', () => {
  it('renders no footer, warning once per date', () => {
    const { container } = render(
      <ArticleLayout title="Gut health" lastReviewed="2026-02-30" nextReview="2099-13-01">
        <p>Body</p>
      </ArticleLayout>,
    );
    expect(container.querySelector('footer')).toBeNull();
    expect(container).not.toHaveTextContent(/review/i);
    expect(warnings('"2026-02-30" is not a valid date')).toHaveLength(1);
    expect(warnings('"2099-13-01" is not a valid date')).toHaveLength(1);
  });

  it('keeps the footer for one valid date, warning once about the other', () => {
    const { container } = render(
      <ArticleLayout title="Gut health" lastReviewed="2026-02-31" nextReview="2099-03-15">
        <p>Body</p>
      </ArticleLayout>,
    );
    expect(container.querySelector('footer')).toHaveTextContent(/^Next review due: March 15, 2099$/);
    expect(warnings('"2026-02-31" is not a valid date')).toHaveLength(1);
  });
});

describe('ArticleLayout slots whose element renders nothing', () => {
  const WRAPPERS = '.wr-article__toc, .wr-article__rail, .wr-article__sticky, .wr-article__top, .wr-article__bottom, .wr-article__footer';
  // The stylesheet's top-level rules that hide what they match (not in a container or media query).
  const css = readFileSync('src/article-layout/ArticleLayout.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const hiding = [...css.matchAll(/\n {2}([^@{}\s][^@{}]*?)\s*\{\s*display: none;\s*\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
  const hidden = (element: Element) => hiding.some((selector) => element.matches(selector));

  it('leaves their wrappers empty, and the stylesheet hides every one of them', () => {
    const Nothing = () => null;
    const { container } = render(
      <ArticleLayout
        title="Gut health"
        toc={<TableOfContents items={[]} />}
        shareTop={<Nothing />}
        shareRail={<Nothing />}
        shareBottom={<Nothing />}
        references={<References references={[]} />}
        related={<RelatedArticles articles={[]} />}
      >
        <p>Body</p>
      </ArticleLayout>,
    );
    const wrappers = [...container.querySelectorAll(WRAPPERS)];
    expect(wrappers).toHaveLength(7);
    expect(wrappers.filter((wrapper) => !hidden(wrapper)).map((wrapper) => wrapper.className)).toEqual([]);
  });

  it('hides none of them when they hold something', () => {
    const { container } = render(
      <ArticleLayout
        title="Gut health"
        toc={<TableOfContents items={[{ title: 'Sleep' }]} highlight={false} />}
        shareTop={<p>Top</p>}
        shareRail={<p>Rail</p>}
        shareBottom={<p>Bottom</p>}
        footer={<p>Footer</p>}
      >
        <p>Body</p>
      </ArticleLayout>,
    );
    const wrappers = [...container.querySelectorAll(WRAPPERS)];
    expect(wrappers).toHaveLength(7);
    expect(wrappers.filter(hidden).map((wrapper) => wrapper.className)).toEqual([]);
  });
});

describe('ArticleLayout image aspectRatio', () => {
  it('keeps the missing-dimensions warning when the aspectRatio is ignored', () => {
    render(<ArticleLayout title="Gut health" image={{ src: '/hero.jpg', alt: 'Hero', aspectRatio: 'auto' }} />);
    expect(warnings('aspectRatio "auto"')).toHaveLength(1);
    expect(warnings('width and height')).toHaveLength(1);
  });

  it.each([
    ['a style declaration', '1; background-image: url(https://tracker.example/p.gif)'],
    ['a CSS function', 'calc(16 / 9)'],
    ['two slashes', '16 / 9 / 2'],
    ['a zero height', '16 / 0'],
    ['two negative numbers', '-16 / -9'],
    ['zero', 0],
    ['a negative number', -1.5],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
  ])('ignores one that is %s, warning in development', (_, aspectRatio) => {
    const { container } = render(
      <ArticleLayout title="Gut health" image={{ src: '/hero.jpg', alt: 'Hero', width: 1200, height: 675, aspectRatio }} />,
    );
    const img = screen.getByRole('img', { name: 'Hero' });
    expect(img).not.toHaveAttribute('style');
    expect(img).not.toHaveAttribute('data-fit');
    expect(container.innerHTML).not.toContain('tracker');
    expect(warnings(`aspectRatio "${String(aspectRatio)}"`)).toHaveLength(1);
  });

  it.each([
    ['16 / 9', '1600', '900'],
    ['4/3', '400', '300'],
    ['1.5', '150', '100'],
    [1.5, '150', '100'],
    [' 2.35 /1 ', '235', '100'],
  ])('accepts %j as width and height, with no inline style a strict CSP would block', (aspectRatio, width, height) => {
    render(<ArticleLayout title="Gut health" image={{ src: '/hero.jpg', alt: 'Hero', aspectRatio }} />);
    const img = screen.getByRole('img', { name: 'Hero' });
    expect(img).toHaveAttribute('width', width);
    expect(img).toHaveAttribute('height', height);
    expect(img).not.toHaveAttribute('style');
    expect(img).toHaveAttribute('data-fit', 'cover');
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['"16:9", as editors write it', { aspectRatio: '16:9' }, ['1600', '900']],
    ['a height alone', { height: 900, aspectRatio: '4 / 3' }, ['1200', '900']],
    ['an infinite width', { width: Number.POSITIVE_INFINITY, aspectRatio: 1.5 }, ['150', '100']],
  ])('turns %s with the ratio into width and height', (_, given, expected) => {
    render(<ArticleLayout title="Gut health" image={{ src: '/hero.jpg', alt: 'Hero', ...given }} />);
    const img = screen.getByRole('img', { name: 'Hero' });
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(expected);
  });

  it('keeps the given width with the height of the ratio, and the stylesheet crops the image to that frame', () => {
    // Without the stylesheet (reader modes, feeds) the hero keeps its width, not 1600 or 150.
    render(<ArticleLayout title="Gut health" image={{ src: '/hero.jpg', alt: 'Hero', width: 1200, height: 1200, aspectRatio: '16/9' }} />);
    const img = screen.getByRole('img', { name: 'Hero' });
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '675']);
    // Size containment makes the frame keep the ratio once the image (of any shape) loads.
    const css = readFileSync('src/article-layout/ArticleLayout.css', 'utf8');
    const cover = /\.wr-article__hero-img\[data-fit='cover'\] \{([^}]*)\}/.exec(css)![1];
    expect(cover).toContain('object-fit: cover;');
    expect(cover).toContain('contain: size;');
  });
});

describe('ArticleLayout with a reading progress bar', () => {
  // Browsers from before 2024 give a size container layout containment, which makes it the
  // containing block of `position: fixed`: a bar inside one would scroll away with the article.
  it('keeps the bar outside every size container of the stylesheet, and the frame inside one', () => {
    const { container } = render(
      <ArticleLayout title="Gut health" progress={<ReadingProgress />}>
        <p>Body</p>
      </ArticleLayout>,
    );
    const css = readFileSync('src/article-layout/ArticleLayout.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const containers = [...css.matchAll(/([^{}]+)\{[^{}]*\bcontainer(?:-type)?:/g)].map((m) => m[1]!.trim());
    expect(containers.length).toBeGreaterThan(0);
    const inContainer = (element: Element) => containers.some((selector) => element.parentElement!.closest(selector));
    expect(inContainer(container.querySelector('.wr-progress')!)).toBe(false);
    expect(inContainer(container.querySelector('.wr-article__frame')!)).toBe(true);
  });
});
