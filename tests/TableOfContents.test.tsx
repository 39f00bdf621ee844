import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleSection, buildToc, TableOfContents } from 'wellread/article-layout';
import { fr } from 'wellread/locales';

const entries = [
  { title: 'Your Gut: The Unsung Hero' },
  { title: 'When Your Gut Isn’t Happy' },
  { title: 'Chronic Inflammation', level: 3 as const },
  { title: 'Weakened Defences', level: 3 as const },
  { title: 'In detail', level: 4 as const },
  { title: 'Nurture Your Gut' },
];

/** A stand-in for the browser's IntersectionObserver that lets a test say which headings crossed the line. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** Reports each id as above the reading line (true) or below it (false). */
  report(states: Record<string, boolean>) {
    const entries = Object.entries(states).map(
      ([id, isIntersecting]) => ({ target: document.getElementById(id)!, isIntersecting }) as unknown as IntersectionObserverEntry,
    );
    act(() => this.callback(entries, this as unknown as IntersectionObserver));
  }
}

/** The list as nested arrays: a title, or [title, [children…]]. */
function outline(list: Element): unknown[] {
  return [...list.children].map((item) => {
    const title = item.querySelector(':scope > a')?.textContent;
    const sublist = item.querySelector(':scope > ol');
    return sublist ? [title, outline(sublist)] : title;
  });
}

function Page() {
  const toc = buildToc(entries);
  return (
    <>
      <TableOfContents items={toc} />
      {toc.map((item) => (
        <ArticleSection key={item.id} {...item}>
          <p>…</p>
        </ArticleSection>
      ))}
    </>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.instances = [];
});

describe('TableOfContents', () => {
  it('is a navigation landmark named "On this page"', () => {
    render(<TableOfContents items={entries} highlight={false} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'On this page' })).toBeInTheDocument();
  });

  it('nests the links by heading level, with plain #id hrefs', () => {
    render(<TableOfContents items={entries} highlight={false} />);
    const nav = screen.getByRole('navigation');
    expect(outline(within(nav).getAllByRole('list')[0]!)).toEqual([
      'Your Gut: The Unsung Hero',
      ['When Your Gut Isn’t Happy', ['Chronic Inflammation', ['Weakened Defences', ['In detail']]]],
      'Nurture Your Gut',
    ]);
    expect(within(nav).getByRole('link', { name: 'Chronic Inflammation' })).toHaveAttribute('href', '#chronic-inflammation');
  });

  it('puts a section that skips a level under the nearest section above it', () => {
    render(<TableOfContents items={[{ title: 'A' }, { title: 'Deep', level: 4 }, { title: 'B' }]} highlight={false} />);
    const deep = screen.getByRole('link', { name: 'Deep' });
    expect(deep.closest('li')?.parentElement?.closest('li')?.firstElementChild).toHaveTextContent('A');
  });

  it('links to the same ids the sections get from the same data', () => {
    render(<Page />);
    for (const link of within(screen.getByRole('navigation')).getAllByRole('link')) {
      const id = link.getAttribute('href')!.slice(1);
      expect(document.getElementById(id)?.tagName).toMatch(/^H[234]$/);
    }
  });

  it('renders nothing for no items', () => {
    const { container } = render(<TableOfContents items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('speaks French from wellread/locales and takes another heading level', () => {
    render(<TableOfContents items={entries} labels={fr.articleLayout} headingLevel={3} highlight={false} />);
    expect(screen.getByRole('navigation', { name: 'Sur cette page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Sur cette page');
  });

  describe('given scrolling with IntersectionObserver', () => {
    it('marks the link of the last heading above the reading line with aria-current="true"', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      render(<Page />);
      const observer = FakeObserver.instances[0]!;
      expect(observer.targets.map((t) => t.id)).toEqual(buildToc(entries).map((item) => item.id));
      const current = () => screen.queryAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'true');

      expect(current()).toEqual([]);
      observer.report({ 'your-gut-the-unsung-hero': true });
      expect(current().map((a) => a.textContent)).toEqual(['Your Gut: The Unsung Hero']);

      observer.report({ 'when-your-gut-isnt-happy': true, 'chronic-inflammation': true });
      expect(current().map((a) => a.textContent)).toEqual(['Chronic Inflammation']);

      // Scrolling back up: the sub-section's heading drops below the line again.
      observer.report({ 'chronic-inflammation': false });
      expect(current().map((a) => a.textContent)).toEqual(['When Your Gut Isn’t Happy']);

      observer.report({ 'your-gut-the-unsung-hero': false, 'when-your-gut-isnt-happy': false });
      expect(current()).toEqual([]);
    });

    it('watches a line 30 % down the viewport, reaching far above it so jumps count', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      render(<Page />);
      expect(FakeObserver.instances[0]!.options?.rootMargin).toMatch(/^\d{5,}px 0px -70% 0px$/);
    });

    it('stops observing when it unmounts', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const { unmount } = render(<Page />);
      unmount();
      expect(FakeObserver.instances[0]!.disconnected).toBe(true);
    });
  });

  describe('given a browser without IntersectionObserver', () => {
    it('keeps plain working links and marks nothing', () => {
      vi.stubGlobal('IntersectionObserver', undefined);
      render(<Page />);
      const links = within(screen.getByRole('navigation')).getAllByRole('link');
      expect(links).toHaveLength(entries.length);
      expect(links.every((a) => !a.hasAttribute('aria-current'))).toBe(true);
    });
  });

  describe('given server-rendered HTML', () => {
    it('hydrates without errors or warnings', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Page />);
      document.body.appendChild(container);
      render(<Page />, { container, hydrate: true });
      expect(error).not.toHaveBeenCalled();
      expect(FakeObserver.instances).toHaveLength(1);
      error.mockRestore();
    });
  });

  it('passes className, data attributes, id and ref to the <nav>', () => {
    const ref = createRef<HTMLElement>();
    render(<TableOfContents ref={ref} id="toc" items={entries} className="site" data-testid="t" highlight={false} />);
    const nav = screen.getByTestId('t');
    expect(ref.current).toBe(nav);
    expect(nav).toHaveClass('wr-toc', 'site');
    expect(nav).toHaveAttribute('id', 'toc');
    expect(nav).toHaveAttribute('aria-labelledby', 'toc-title');
  });
});

describe('TableOfContents with blank titles', () => {
  it('leaves out entries with a blank title, warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TableOfContents items={[{ title: '' }, { title: 'Sleep' }, { title: '   ', id: 'blank' }]} highlight={false} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Sleep', '#sleep']]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"blank" has no title'));
    warn.mockRestore();
  });

  it('renders nothing when every title is blank', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<TableOfContents items={[{ title: '' }, { title: '   ' }]} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText('On this page')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no title'));
    warn.mockRestore();
  });

  it('falls back to an h2 for a headingLevel outside 2 to 4', () => {
    render(<TableOfContents items={[{ title: 'Sleep' }]} headingLevel={7 as never} highlight={false} />);
    expect(screen.getByRole('heading', { name: 'On this page' }).tagName).toBe('H2');
  });
});

describe('TableOfContents given CMS data with gaps', () => {
  it('skips holes and non-objects in the list, links the real sections, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const items = [null, { title: 'Sleep' }, undefined, 'Diet', 5, true, { title: 'Stress', level: 3 }] as never;
    render(<TableOfContents items={items} highlight={false} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Sleep', '#sleep'],
      ['Stress', '#stress'],
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('buildToc: 5 of 7 entries are not objects'));
    warn.mockRestore();
  });

  it('renders nothing for items that are not a list, on the server and in the browser, warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const items of [{}, 'Sleep', 7, null, undefined]) {
      expect(renderToString(<TableOfContents items={items as never} />)).toBe('');
      const { container, unmount } = render(<TableOfContents items={items as never} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('buildToc: the entries are not a list'));
    warn.mockRestore();
  });

  it('leaves out an entry whose title is an object instead of throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TableOfContents items={[{ title: { text: 'Sleep' } as never }, { title: 'Diet' }]} highlight={false} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Diet']);
    vi.restoreAllMocks();
  });
});

describe('buildToc given CMS data with gaps', () => {
  it('skips holes and non-objects, keeping the ids the sections get', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(buildToc([null, { title: 'A' }, 'B', { title: 'A' }] as never)).toEqual([
      { id: 'a', title: 'A', level: 2 },
      { id: 'a-2', title: 'A', level: 2 },
    ]);
    vi.restoreAllMocks();
  });

  it('gives [] for anything but an array', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const entries of [{}, 'A', 3, null, undefined]) expect(buildToc(entries as never)).toEqual([]);
    vi.restoreAllMocks();
  });
});
