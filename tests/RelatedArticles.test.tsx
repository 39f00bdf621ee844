import { render, screen, within } from '@testing-library/react';
import { createRef, forwardRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { es } from 'wellread/locales';
import { RelatedArticles, type RelatedArticle, type RelatedArticlesLinkProps } from 'wellread/related-articles';

// The seed article's three follow-up reads, with the fields a CMS would send.
const seed: RelatedArticle[] = [
  {
    href: '/articles/fermented-foods-for-beginners',
    title: 'Fermented Foods for Beginners: Where to Start',
    excerpt: 'Yogurt, kefir, kimchi and more: how to add them to your week.',
    image: { src: '/img/fermented.jpg', alt: '', width: 1200, height: 800, srcSet: '/img/fermented-600.jpg 600w, /img/fermented.jpg 1200w', sizes: '(min-width: 60rem) 20rem, 100vw' },
    category: 'Gut health',
    readingTimeMinutes: 5,
    date: '2026-03-15',
  },
  {
    href: '/articles/sleep-and-immunity',
    title: 'Why Sleep Is Your Immune System’s Night Shift',
    image: { src: 'https://cdn.example.org/sleep.jpg', alt: 'A bedroom at dusk', width: 1200, height: 800 },
    readingTimeMinutes: 6,
  },
  {
    href: '/articles/fiber-guide',
    title: 'A Practical Guide to Eating More Fiber',
    category: 'Nutrition',
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the seed article’s three related reads', () => {
  it('is a section named by its "Related Articles" heading, holding a list of three articles', () => {
    render(<RelatedArticles articles={seed} />);
    const section = screen.getByRole('region', { name: 'Related Articles' });
    expect(section.tagName).toBe('SECTION');
    expect(within(section).getByRole('heading', { level: 2, name: 'Related Articles' })).toBeInTheDocument();
    const list = within(section).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getAllByRole('article')).toHaveLength(3);
  });

  it('makes each card one link, named by the title alone, under a heading one level down', () => {
    render(<RelatedArticles articles={seed} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/articles/fermented-foods-for-beginners',
      '/articles/sleep-and-immunity',
      '/articles/fiber-guide',
    ]);
    // The image alt, category, date and excerpt are not part of the link's name.
    expect(screen.getByRole('link', { name: 'Why Sleep Is Your Immune System’s Night Shift' })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 3 });
    expect(titles.map((title) => title.textContent)).toEqual(seed.map((article) => article.title));
    for (const card of screen.getAllByRole('article')) {
      expect(within(card).getAllByRole('link')).toHaveLength(1);
      expect(within(card).queryByRole('button')).toBeNull();
    }
  });

  it('moves the heading and the card titles down with headingLevel', () => {
    render(<RelatedArticles articles={seed} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Related Articles' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('shows the category, a <time> for the date and the reading time', () => {
    render(<RelatedArticles articles={seed} />);
    const [first] = screen.getAllByRole('article');
    expect(within(first!).getByText('Gut health')).toBeInTheDocument();
    const date = within(first!).getByText('Mar 15, 2026');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2026-03-15');
    expect(within(first!).getByText('5 min read')).toHaveAttribute('datetime', 'PT5M');
    expect(within(first!).getByText(/kefir, kimchi/)).toBeInTheDocument();
  });

  it('loads pictures lazily, with their size, srcset and sizes, and alt text from the data', () => {
    const { container } = render(<RelatedArticles articles={seed} />);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(2);
    const [fermented, sleep] = images;
    expect(fermented).toHaveAttribute('src', '/img/fermented.jpg');
    expect(fermented).toHaveAttribute('alt', '');
    expect(fermented).toHaveAttribute('loading', 'lazy');
    expect(fermented).toHaveAttribute('decoding', 'async');
    expect(fermented).toHaveAttribute('width', '1200');
    expect(fermented).toHaveAttribute('height', '800');
    expect(fermented).toHaveAttribute('srcset', '/img/fermented-600.jpg 600w, /img/fermented.jpg 1200w');
    expect(fermented).toHaveAttribute('sizes', '(min-width: 60rem) 20rem, 100vw');
    expect(screen.getByRole('img', { name: 'A bedroom at dusk' })).toBe(sleep);
  });

  it('gives a card without a picture a hidden placeholder of the same shape, not a broken image', () => {
    render(<RelatedArticles articles={seed} />);
    const fiber = screen.getAllByRole('article')[2]!;
    expect(fiber.querySelector('img')).toBeNull();
    const placeholder = fiber.querySelector('.wr-related-card__image');
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    expect(placeholder?.tagName).toBe('SPAN');
  });
});

describe('given articles without any picture', () => {
  it('shows text cards with no placeholders', () => {
    const { container } = render(
      <RelatedArticles articles={seed.map(({ image: _image, ...article }) => article)} />,
    );
    expect(container.querySelector('img, .wr-related-card__image')).toBeNull();
  });
});

describe('given each variant', () => {
  it.each(['grid', 'list'] as const)('%s: articles with a titled link, meta and a picture', (variant) => {
    const { container } = render(<RelatedArticles articles={seed} variant={variant} />);
    const section = screen.getByRole('region', { name: 'Related Articles' });
    expect(section).toHaveAttribute('data-variant', variant);
    expect(screen.getByRole('list')).toHaveAttribute('data-variant', variant);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'A Practical Guide to Eating More Fiber' })).toHaveAttribute(
      'href',
      '/articles/fiber-guide',
    );
    expect(container.querySelectorAll('img')).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('compact: a plain list of title links, no pictures, meta or card headings', () => {
    const { container } = render(<RelatedArticles articles={seed} variant="compact" />);
    expect(screen.getByRole('region', { name: 'Related Articles' })).toHaveAttribute('data-variant', 'compact');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(seed.map((a) => a.title));
    expect(container.querySelector('img, time, .wr-related-card__image')).toBeNull();
    expect(screen.queryByText('Gut health')).toBeNull();
  });

  it('carousel: a focusable, named scrolling group around the list, with previous/next buttons once mounted', () => {
    render(<RelatedArticles articles={seed} variant="carousel" />);
    expect(screen.getByRole('region', { name: 'Related Articles' })).toHaveAttribute('data-variant', 'carousel');
    const scroller = screen.getByRole('group', { name: 'Scrollable list of articles' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(scroller).getByRole('list')).toHaveAttribute('data-variant', 'carousel');
    expect(within(scroller).getAllByRole('article')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Previous articles' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Next articles' })).toHaveAttribute('type', 'button');
  });
});

describe('given another language', () => {
  it('takes every text from wellread/locales and formats the date for the locale', () => {
    render(<RelatedArticles articles={seed} variant="carousel" locale={es.locale} labels={es.relatedArticles} />);
    expect(screen.getByRole('region', { name: 'Artículos relacionados' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Lista desplazable de artículos' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Artículos anteriores' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Artículos siguientes' })).toBeInTheDocument();
    expect(screen.getByText('15 mar 2026')).toHaveAttribute('datetime', '2026-03-15');
    expect(screen.getByText('5 min de lectura')).toBeInTheDocument();
  });

  it('accepts a partial labels object and keeps the English rest', () => {
    render(<RelatedArticles articles={seed} labels={{ heading: 'More on gut health' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'More on gut health' })).toBeInTheDocument();
    expect(screen.getByText('5 min read')).toBeInTheDocument();
  });
});

describe('given labels a CMS left unfilled', () => {
  it.each([undefined, null, ''])('keeps the English names where a label is %j', (missing) => {
    const labels = { heading: missing, scroller: missing, previous: missing, next: 'Onward' } as never;
    render(<RelatedArticles articles={seed} variant="carousel" labels={labels} />);
    expect(screen.getByRole('region', { name: 'Related Articles' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Scrollable list of articles' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous articles' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Onward' })).toBeInTheDocument();
  });
});

describe('given a heading of its own, or none', () => {
  it.each(['', '   '])('uses the default heading for the blank heading %j', (heading) => {
    render(<RelatedArticles articles={seed} heading={heading} />);
    expect(screen.getByRole('region', { name: 'Related Articles' })).toBeInTheDocument();
  });

  it('uses the heading prop over the label', () => {
    render(<RelatedArticles articles={seed} heading="Keep reading" />);
    expect(screen.getByRole('region', { name: 'Keep reading' })).toBeInTheDocument();
  });

  it('renders no heading for heading={null}; aria-label then names the section', () => {
    const { container, rerender } = render(<RelatedArticles articles={seed} heading={null} />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(container.querySelector('section')).not.toHaveAttribute('aria-labelledby');
    rerender(<RelatedArticles articles={seed} heading={null} aria-label="More on gut health" />);
    expect(screen.getByRole('region', { name: 'More on gut health' })).toBeInTheDocument();
  });
});

describe('given a router’s link component', () => {
  it('renders each card link with it, passing href, className and the title as children', () => {
    const received: RelatedArticlesLinkProps[] = [];
    function SiteLink(props: RelatedArticlesLinkProps) {
      received.push(props);
      return (
        <a href={props.href} className={props.className} data-router="site">
          {props.children}
        </a>
      );
    }
    render(<RelatedArticles articles={seed} linkComponent={SiteLink} />);
    expect(received.map((props) => props.href)).toEqual(seed.map((a) => a.href));
    expect(received.map((props) => props.children)).toEqual(seed.map((a) => a.title));
    expect(received[0]?.className).toBe('wr-related-card__link');
    const link = screen.getByRole('link', { name: 'A Practical Guide to Eating More Fiber' });
    expect(link).toHaveAttribute('data-router', 'site');
  });

  it('works with a `to`-based Link (React Router) through a small adapter', () => {
    // Stands in for React Router's <Link to>, which renders <a href>.
    const RouterLink = forwardRef<HTMLAnchorElement, { to: string; className?: string; children?: ReactNode }>(
      function RouterLink({ to, ...rest }, ref) {
        return <a ref={ref} href={to} data-discover="true" {...rest} />;
      },
    );
    const Adapter = forwardRef<HTMLAnchorElement, RelatedArticlesLinkProps>(function Adapter({ href, ...rest }, ref) {
      return <RouterLink ref={ref} to={href} {...rest} />;
    });
    render(<RelatedArticles articles={seed} variant="compact" linkComponent={Adapter} />);
    const link = screen.getByRole('link', { name: 'Fermented Foods for Beginners: Where to Start' });
    expect(link).toHaveAttribute('href', '/articles/fermented-foods-for-beginners');
    expect(link).toHaveAttribute('data-discover', 'true');
    expect(link).toHaveClass('wr-related__link');
  });
});

describe('given dangerous hrefs', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\u0001\u0010javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'jav&#97script:alert(1)',
    '\u2028javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
  ])('leaves out the card linking to %j and warns in development', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A title of its own per case: warnings are shown once per message.
    const title = `Unsafe link ${JSON.stringify(href)}`;
    const { container } = render(<RelatedArticles articles={[{ href, title }, ...seed]} />);
    expect(screen.queryByText(title)).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(container.innerHTML).not.toMatch(/script|data:/i);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(title));
  });

  it.each(['http:', 'https:', 'http://', 'HTTPS:///', 'https://?q=1', 'http:#top', 'https://@', 'http://:80/'])(
    'leaves out the card linking to %j, http without a host, which leads nowhere',
    (href) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const title = `Hostless ${JSON.stringify(href)}`;
      render(<RelatedArticles articles={[{ href, title }, ...seed]} />);
      expect(screen.queryByText(title)).toBeNull();
      expect(screen.getAllByRole('article')).toHaveLength(3);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(title));
    },
  );

  it('warns once per unsafe card, naming it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RelatedArticles articles={[{ href: 'javascript:once()', title: 'Warned once' }, ...seed]} />);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('javascript:once()'))).toEqual([
      [expect.stringContaining('Warned once')],
    ]);
  });

  it('keeps relative and http(s) hrefs as they are', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hrefs = ['/a', 'b.html', 'tips&tricks.html', '../c', '?page=2&sort=new', '#d', '//example.org/e', 'http://example.org/f', 'HTTPS://example.org/g'];
    render(<RelatedArticles articles={hrefs.map((href) => ({ href, title: `Title ${href}` }))} variant="compact" />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(hrefs);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('given incomplete or repeated data', () => {
  it('renders nothing at all, not even the heading, for an empty list', () => {
    const { container } = render(<RelatedArticles articles={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing when every article is left out', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<RelatedArticles articles={[{ href: 'javascript:void 0', title: 'x' }, { href: '/y', title: ' ' }]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a repeated href once, the first time, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <RelatedArticles
        articles={[seed[0]!, { ...seed[0]!, title: 'The same page again' }, seed[1]!, { ...seed[1]!, href: ' /articles/sleep-and-immunity ' }]}
        variant="compact"
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([seed[0]!.title, seed[1]!.title]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips articles with a missing or blank title, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const untitled = [
      { href: '/no-title' },
      { href: '/blank-title', title: '   ' },
      { href: '/number-title', title: 42 },
    ] as unknown as RelatedArticle[];
    render(<RelatedArticles articles={[...untitled, seed[2]!]} variant="compact" />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/no-title'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/blank-title'));
  });

  it('survives entries that are not articles and a non-array', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const odd = [null, undefined, 7, 'x', { title: 'No href' }, seed[0]] as unknown as RelatedArticle[];
    render(<RelatedArticles articles={odd} />);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    const { container } = render(<RelatedArticles articles={null as unknown as RelatedArticle[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('applies limit after leaving out bad and repeated entries', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const articles = [{ href: 'javascript:x', title: 'Bad' }, seed[0]!, seed[0]!, seed[1]!, seed[2]!];
    render(<RelatedArticles articles={articles} limit={2} variant="compact" />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([seed[0]!.title, seed[1]!.title]);
  });

  it.each([null, ''])('shows every card for limit %j, an unfilled CMS number field', (limit) => {
    render(<RelatedArticles articles={seed} limit={limit as never} variant="compact" />);
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('rounds a fractional limit down', () => {
    render(<RelatedArticles articles={seed} limit={2.5} variant="compact" />);
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it.each([Number.NaN, -1, 'all' as never])('shows every card for limit %j, which is not a count, with a warning', (limit) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RelatedArticles articles={seed} limit={limit} variant="compact" />);
    expect(screen.getAllByRole('link')).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`limit ${String(limit)} is not a count`));
  });

  it('renders nothing for limit={0}', () => {
    const { container } = render(<RelatedArticles articles={seed} limit={0} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('leaves out an invalid date and reading time, never showing "Invalid Date" or NaN', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <RelatedArticles
        articles={[{ href: '/x', title: 'X', date: 'someday', readingTimeMinutes: Number.NaN, category: 'Sleep' }]}
      />,
    );
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent(/^XSleep$/);
    expect(card.querySelector('time')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('someday'));
  });

  it('treats a date of 0, how many CMSs store "no date", as none: no 1 January 1970', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RelatedArticles articles={[{ href: '/x', title: 'X', date: 0, category: 'Sleep' }]} />);
    expect(screen.getByRole('article').querySelector('time')).toBeNull();
    expect(screen.getByRole('article')).not.toHaveTextContent('1970');
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['data:image/svg+xml,<svg onload=alert(1)>', 'javascript:alert(1)', '', 42])(
    'shows the placeholder, not an image, for the picture src %j',
    (src) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const article = { href: '/x', title: 'X', image: { src, alt: '', width: 4, height: 3 } } as unknown as RelatedArticle;
      const { container } = render(<RelatedArticles articles={[article, seed[0]!]} />);
      const card = screen.getAllByRole('article')[0]!;
      expect(card.querySelector('img')).toBeNull();
      expect(card.querySelector('.wr-related-card__image')).toHaveAttribute('aria-hidden', 'true');
      expect(container.innerHTML).not.toContain('alert');
    },
  );
});

describe('given a srcset with an unsafe candidate', () => {
  it.each([
    '/a-600.jpg 600w, javascript:alert(1) 1200w',
    'java\tscript:alert(1) 2x',
    ' &#106;avascript:alert(1) 2x',
    'data:image/svg+xml,<svg onload=alert(1)> 2x',
  ])('drops the whole srcset %j and keeps the safe src', (srcSet) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = { href: '/x', title: 'X', image: { src: '/x.jpg', alt: '', width: 4, height: 3, srcSet } };
    const { container } = render(<RelatedArticles articles={[article]} />);
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', '/x.jpg');
    expect(img).not.toHaveAttribute('srcset');
  });

  it('keeps a srcset whose URLs contain commas (image CDNs)', () => {
    const srcSet = 'https://cdn.example.org/w_600,h_400/x.jpg 600w, https://cdn.example.org/w_1200,h_800/x.jpg 1200w';
    const article = { href: '/x', title: 'X', image: { src: '/x.jpg', alt: '', width: 4, height: 3, srcSet } };
    const { container } = render(<RelatedArticles articles={[article]} />);
    expect(container.querySelector('img')).toHaveAttribute('srcset', srcSet);
  });
});

describe('given 10,000 articles and a limit', () => {
  it('reads no article beyond those it needs', () => {
    let read = 0;
    const articles = Array.from({ length: 10_000 }, (_, i) => ({
      href: `/articles/${i}`,
      get title() {
        read += 1;
        return `Article ${i}`;
      },
    }));
    render(<RelatedArticles articles={articles} limit={6} variant="compact" />);
    expect(screen.getAllByRole('link')).toHaveLength(6);
    expect(read).toBeLessThanOrEqual(6);
  });

  it('builds six cards from 10,000 articles', () => {
    const articles = Array.from({ length: 10_000 }, (_, i) => ({ href: `/articles/${i % 5000}`, title: `Article ${i}` }));
    render(<RelatedArticles articles={articles} limit={6} />);
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });
});

describe('given props for the section element', () => {
  it('passes className, data attributes, id and ref to the <section>', () => {
    const ref = createRef<HTMLElement>();
    render(<RelatedArticles ref={ref} articles={seed} className="site-class" data-testid="related" id="more" />);
    const section = screen.getByTestId('related');
    expect(ref.current).toBe(section);
    expect(section.tagName).toBe('SECTION');
    expect(section).toHaveClass('wr-related', 'site-class');
    expect(section).toHaveAttribute('id', 'more');
  });
});

describe('RelatedArticles with an invalid reading time', () => {
  it.each([
    ['-5', -5],
    ['the string "5"', '5'],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('renders no empty meta line for %s, with one development warning', (_, readingTimeMinutes) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedArticles articles={[{ href: '/bad-minutes', title: 'Sleep', readingTimeMinutes: readingTimeMinutes as number }]} />,
    );
    expect(screen.getByRole('article')).toHaveTextContent(/^Sleep$/);
    expect(container.querySelector('.wr-related-card__meta')).toBeNull();
    const calls = warn.mock.calls.filter(([message]) => String(message).includes(String(readingTimeMinutes)));
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toContain(`readingTimeMinutes must be a finite number ≥ 0, got ${String(readingTimeMinutes)}`);
    warn.mockRestore();
  });

  it('keeps the meta line for the other details, without the reading time', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedArticles articles={[{ href: '/x', title: 'X', category: 'Sleep', readingTimeMinutes: -2 }]} />,
    );
    const meta = container.querySelector('.wr-related-card__meta')!;
    expect(meta).toHaveTextContent(/^Sleep$/);
    expect(meta.children).toHaveLength(1);
  });
});

describe('given a variant it does not know', () => {
  it('lays the cards out as a grid and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<RelatedArticles articles={seed} variant={'masonry' as 'grid'} />);
    expect(screen.getByRole('region', { name: 'Related Articles' })).toHaveAttribute('data-variant', 'grid');
    expect(within(container).getByRole('list')).toHaveAttribute('data-variant', 'grid');
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown variant "masonry"'));
  });
});
