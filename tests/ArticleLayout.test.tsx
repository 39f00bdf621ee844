import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ArticleLayout, ArticleSection, buildToc, TableOfContents } from 'wellread/article-layout';
import { es } from 'wellread/locales';

const toc = buildToc([{ title: 'Your Gut' }, { title: 'Nurture It' }]);

function Article(props: Partial<Parameters<typeof ArticleLayout>[0]>) {
  return (
    <ArticleLayout
      title="Gut-Immune Link"
      eyebrow="Gut health"
      dek="What your microbiome does after illness."
      authors={{ name: 'Sam Lee' }}
      reviewers={{ name: 'Ana Ruiz', credentials: 'MD' }}
      published="2026-03-15"
      readingTime={7}
      image={{ src: '/hero.jpg', alt: 'A bowl of vegetables', width: 1200, height: 675, caption: 'Fibre feeds your microbes.' }}
      shareTop={<p>Share top</p>}
      shareRail={<p>Share rail</p>}
      shareBottom={<p>Share bottom</p>}
      toc={<TableOfContents items={toc} highlight={false} />}
      lastReviewed="2026-03-15"
      nextReview="2099-03-15"
      disclaimer={<p>Disclaimer</p>}
      references={<p>References</p>}
      related={<p>Related</p>}
      footer={<p>Footer</p>}
      url="https://health.example/gut"
      {...props}
    >
      {toc.map((item) => (
        <ArticleSection key={item.id} {...item}>
          <p>
            Read <a href="https://example.org/study">the study</a>.
          </p>
        </ArticleSection>
      ))}
    </ArticleLayout>
  );
}

describe('ArticleLayout', () => {
  it('is an <article> named by its one h1', () => {
    render(<Article />);
    const article = screen.getByRole('article', { name: 'Gut-Immune Link' });
    expect(within(article).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(article).toHaveAttribute('data-variant', 'default');
  });

  it('puts the parts in reading order: header, hero, share, contents, rail, body, share, footer', () => {
    const { container } = render(<Article />);
    const text = container.textContent ?? '';
    const order = ['Gut health', 'Gut-Immune Link', 'What your microbiome', 'By Sam Lee', '7 min read', 'Fibre feeds', 'Share top', 'On this page', 'Share rail', 'Read the study', 'Share bottom', 'Page last reviewed', 'Disclaimer', 'References', 'Related', 'Footer', 'Read online'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reserves the hero image’s space with width and height', () => {
    render(<Article />);
    const img = screen.getByRole('img', { name: 'A bowl of vegetables' });
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '675');
    expect(img.closest('figure')).toHaveTextContent('Fibre feeds your microbes.');
  });

  it('reserves it with an aspect ratio when the size is unknown, and warns when neither is given', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Article image={{ src: '/hero.jpg', alt: 'Hero', aspectRatio: '16 / 9' }} />);
    // As width and height, with no inline style for a strict Content-Security-Policy to block.
    expect(screen.getByRole('img')).toHaveAttribute('width', '1600');
    expect(screen.getByRole('img')).toHaveAttribute('height', '900');
    expect(screen.getByRole('img')).not.toHaveAttribute('style');
    expect(warn).not.toHaveBeenCalled();
    rerender(<Article image={{ src: '/hero.jpg', alt: 'Hero' }} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('width and height'));
    warn.mockRestore();
  });

  it('takes a framework’s own image element as the hero', () => {
    render(<Article image={<img src="/next.jpg" alt="From next/image" width={10} height={10} />} />);
    expect(screen.getByRole('img', { name: 'From next/image' })).toBeInTheDocument();
  });

  it('drops a hero image with a dangerous URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Article image={{ src: 'javascript:alert(1)', alt: 'Bad', width: 1, height: 1 }} />);
    expect(screen.queryByRole('img')).toBeNull();
    warn.mockRestore();
  });

  it('keeps a safe srcset and drops one with any unsafe candidate', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const image = { src: '/hero.jpg', alt: 'Hero', width: 1200, height: 675 };
    const { rerender } = render(<Article image={{ ...image, srcSet: '/hero.jpg 1x, /hero@2x.jpg 2x' }} />);
    expect(screen.getByRole('img')).toHaveAttribute('srcset', '/hero.jpg 1x, /hero@2x.jpg 2x');
    rerender(<Article image={{ ...image, srcSet: '/hero.jpg 1x, javascript:alert(1) 2x' }} />);
    expect(screen.getByRole('img')).not.toHaveAttribute('srcset');
    expect(screen.getByRole('img')).toHaveAttribute('src', '/hero.jpg');
    warn.mockRestore();
  });

  it('keeps share bars and the rail out of print, and prints the page address', () => {
    const { container } = render(<Article />);
    for (const text of ['Share top', 'Share rail', 'Share bottom']) {
      expect(screen.getByText(text).closest('.wr-no-print')).not.toBeNull();
    }
    expect(container.querySelector('.wr-article__print-url')).toHaveTextContent('Read online: https://health.example/gut');
    expect(container.querySelector('.wr-article__body')).toContainElement(screen.getAllByRole('link', { name: 'the study' })[0]!);
  });

  it('keeps the table of contents out of print, and prints the address of every web link, HTTPS:// too', () => {
    const { container } = render(
      <ArticleLayout title="Gut-Immune Link" toc={<TableOfContents items={toc} highlight={false} />}>
        <p>
          <a href="https://example.org/a">lower</a> <a href="HTTPS://EXAMPLE.ORG/B">upper</a> <a href="Http://example.org/c">mixed</a>{' '}
          <a href="#your-gut">in page</a> <a href="/gut">relative</a>
        </p>
      </ArticleLayout>,
    );
    // The print rules of the stylesheets (the layout's, and the shared .wr-no-print), as jsdom applies no @media print.
    const printRules = (file: string) => {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      return css.slice(css.indexOf('@media print'));
    };
    const css = printRules('src/base.css') + printRules('src/article-layout/ArticleLayout.css');
    const print = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
      selector: selector!.trim(),
      body: body!,
    }));
    const hidden = print.filter((rule) => /display: none/.test(rule.body)).map((rule) => rule.selector);
    expect(hidden.some((selector) => container.querySelector('.wr-toc')!.closest(selector))).toBe(true);
    const address = print.find((rule) => rule.body.includes('attr(href)'))!.selector.replace('::after', '');
    expect([...container.querySelectorAll(address)].map((link) => link.textContent)).toEqual(['lower', 'upper', 'mixed']);
  });

  it('shows the review dates in the footer', () => {
    render(<Article />);
    const footer = screen.getByText('Disclaimer').closest('footer')!;
    expect(within(footer).getByText(/Page last reviewed/)).toHaveTextContent('Page last reviewed: March 15, 2026');
  });

  it('leaves the address off the printout when it is not a web URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Article url="javascript:alert(1)" />);
    expect(container.querySelector('.wr-article__print-url')).toBeNull();
    warn.mockRestore();
  });

  it('takes a whole header of its own', () => {
    render(<Article header={<header><h1>Own header</h1></header>} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Own header']);
    expect(screen.getByRole('article')).not.toHaveAttribute('aria-labelledby');
  });

  it('reflects the variant for styling', () => {
    render(<Article variant="sidebar" />);
    expect(screen.getByRole('article')).toHaveAttribute('data-variant', 'sidebar');
  });

  it('speaks Spanish through labels', () => {
    render(<Article locale="es" labels={es.articleLayout} />);
    expect(screen.getByText(/^Por/)).toHaveTextContent('Por Sam Lee');
    expect(screen.getByText('7 min de lectura')).toBeInTheDocument();
    expect(screen.getByText(/Última revisión/)).toHaveTextContent('Última revisión de la página: 15 de marzo de 2026');
  });

  describe('given jsonLd', () => {
    it('emits structured data from the same props, with extra ones merged in', () => {
      const { container } = render(<Article jsonLd={{ description: 'Summary', publisher: { name: 'Health Example' } }} />);
      const data = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data).toMatchObject({
        '@type': 'MedicalWebPage',
        headline: 'Gut-Immune Link',
        description: 'Summary',
        url: 'https://health.example/gut',
        image: ['https://health.example/hero.jpg'],
        author: [{ name: 'Sam Lee' }],
        reviewedBy: [{ name: 'Ana Ruiz', honorificSuffix: 'MD' }],
        datePublished: '2026-03-15',
        lastReviewed: '2026-03-15',
        publisher: { name: 'Health Example' },
      });
    });

    it('describes the page with the dek when the dek is text', () => {
      const { container, rerender } = render(<Article jsonLd />);
      const description = () => JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!).description;
      expect(description()).toBe('What your microbiome does after illness.');
      rerender(<Article jsonLd dek={<>Your gut after <em>antibiotics</em>.</>} />);
      expect(description()).toBe('Your gut after antibiotics.');
      rerender(<Article jsonLd={{ description: 'Own summary' }} />);
      expect(description()).toBe('Own summary');
      rerender(<Article jsonLd dek="   " />);
      expect(description()).toBeUndefined();
    });

    it('emits none by default', () => {
      const { container } = render(<Article />);
      expect(container.querySelector('script')).toBeNull();
    });
  });

  it('renders a bare frame around children alone', () => {
    render(
      <ArticleLayout data-testid="a">
        <p>Only text</p>
      </ArticleLayout>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('Only text');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByTestId('a').querySelector('footer')).toBeNull();
  });

  describe('given server-rendered HTML', () => {
    it('hydrates the whole frame without errors', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Article jsonLd />);
      document.body.appendChild(container);
      render(<Article jsonLd />, { container, hydrate: true });
      expect(error).not.toHaveBeenCalled();
      expect(screen.getByRole('article')).toHaveAttribute('aria-labelledby', screen.getByRole('heading', { level: 1 }).id);
      error.mockRestore();
    });
  });

  it('passes className, data attributes and ref to the <article>', () => {
    const ref = createRef<HTMLElement>();
    render(<Article ref={ref} className="site" data-testid="a" />);
    expect(ref.current).toBe(screen.getByTestId('a'));
    expect(ref.current?.tagName).toBe('ARTICLE');
    expect(ref.current).toHaveClass('wr-article', 'site');
  });
});
