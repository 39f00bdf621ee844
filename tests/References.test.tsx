import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Cite, referenceNumber, References, type ReferenceItem } from 'wellread';
import { fr } from 'wellread/locales';

const sources: ReferenceItem[] = [
  {
    id: 'vighi-2008',
    authors: ['Vighi G', 'Marcucci F', 'Sensi L', 'Di Cara G', 'Frati F'],
    title: 'Allergy and the gastrointestinal system',
    journal: 'Clin Exp Immunol',
    year: 2008,
    doi: '10.1111/j.1365-2249.2008.03713.x',
    pmid: '18721321',
  },
  {
    id: 'nhs-probiotics',
    title: 'Probiotics',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/probiotics/',
    accessed: '2026-03-01',
    cited: 2,
  },
];

function Article() {
  return (
    <>
      <p>
        A staggering 70-80% of your immune system cells actually reside in your gut.
        <Cite id="vighi-2008" number={referenceNumber(sources, 'vighi-2008')} />
      </p>
      <p>
        A probiotic supplement might be beneficial.
        <Cite id="nhs-probiotics" references={sources} />
      </p>
      <p>
        Always discuss this with a healthcare professional.
        <Cite id="nhs-probiotics" references={sources} occurrence={2} />
      </p>
      <References references={sources} />
    </>
  );
}

describe('referenceNumber', () => {
  it('gives the 1-based position of a source, or undefined when it is missing', () => {
    expect(referenceNumber(sources, 'vighi-2008')).toBe(1);
    expect(referenceNumber(sources, 'nhs-probiotics')).toBe(2);
    expect(referenceNumber(sources, 'missing')).toBeUndefined();
  });
});

describe('References and Cite', () => {
  describe('given claims cited in the text', () => {
    it('link each claim to its numbered source', () => {
      render(<Article />);
      const cite = screen.getByRole('link', { name: '[1]' });
      expect(cite).toHaveAttribute('href', '#ref-vighi-2008');
      expect(cite).toHaveAttribute('id', 'cite-vighi-2008-1');
      expect(cite.parentElement?.tagName).toBe('SUP');
      const target = document.getElementById('ref-vighi-2008');
      expect(target?.tagName).toBe('LI');
      expect(target).toHaveTextContent(/Allergy and the gastrointestinal system/);
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items.indexOf(target as HTMLElement)).toBe(0);
    });

    it('link each source back to the spot that cites it', () => {
      render(<Article />);
      const back = screen.getByRole('link', { name: 'Back to citation 1' });
      expect(back).toHaveAttribute('href', '#cite-vighi-2008-1');
      expect(document.getElementById('cite-vighi-2008-1')).toBe(screen.getByRole('link', { name: '[1]' }));
    });

    it('give a source cited twice one back-link per citation, each to its own spot', () => {
      render(<Article />);
      const cites = screen.getAllByRole('link', { name: '[2]' });
      expect(cites.map((c) => c.id)).toEqual(['cite-nhs-probiotics-1', 'cite-nhs-probiotics-2']);
      expect(screen.getByRole('link', { name: 'Back to citation 2.1' })).toHaveAttribute('href', '#cite-nhs-probiotics-1');
      expect(screen.getByRole('link', { name: 'Back to citation 2.2' })).toHaveAttribute('href', '#cite-nhs-probiotics-2');
    });

    it('move to the source when a citation is followed', async () => {
      const user = userEvent.setup();
      render(<Article />);
      await user.click(screen.getByRole('link', { name: '[1]' }));
      expect(window.location.hash).toBe('#ref-vighi-2008');
    });
  });

  describe('given a journal article with DOI and PMID', () => {
    it('formats it consistently and links DOI and PubMed', () => {
      render(<References references={sources} />);
      const item = document.getElementById('ref-vighi-2008')!;
      expect(item.textContent).toMatch(
        /^Vighi G, Marcucci F, Sensi L, Di Cara G, Frati F\. Allergy and the gastrointestinal system\. Clin Exp Immunol\. 2008\. doi:10\.1111\/j\.1365-2249\.2008\.03713\.x\. PMID: 18721321\. /,
      );
      expect(within(item).getByRole('link', { name: '10.1111/j.1365-2249.2008.03713.x' })).toHaveAttribute(
        'href',
        'https://doi.org/10.1111/j.1365-2249.2008.03713.x',
      );
      expect(within(item).getByRole('link', { name: '18721321' })).toHaveAttribute(
        'href',
        'https://pubmed.ncbi.nlm.nih.gov/18721321/',
      );
    });

    it('accepts a DOI written as a doi.org URL or with "doi:", and encodes it for the link', () => {
      render(
        <References
          references={[
            { id: 'a', title: 'A', doi: 'https://doi.org/10.1000/xyz#1?2' },
            { id: 'b', title: 'B', doi: 'doi: 10.1000/abc' },
          ]}
        />,
      );
      expect(screen.getByRole('link', { name: '10.1000/xyz#1?2' })).toHaveAttribute('href', 'https://doi.org/10.1000/xyz%231%3F2');
      expect(screen.getByRole('link', { name: '10.1000/abc' })).toHaveAttribute('href', 'https://doi.org/10.1000/abc');
    });

    it('leaves out a malformed DOI or PMID with a development warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<References references={[{ id: 'bad-ids', title: 'T', doi: 'javascript:alert(1)', pmid: '12ab' }]} />);
      expect(screen.queryByRole('link', { name: /alert|12ab/ })).toBeNull();
      expect(document.getElementById('ref-bad-ids')).not.toHaveTextContent(/doi:|PMID/);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('is not a DOI'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('is not a PubMed ID'));
      warn.mockRestore();
    });
  });

  describe('given a web page read on a date', () => {
    it('links the title and shows the accessed date as <time>', () => {
      render(<References references={sources} />);
      const item = document.getElementById('ref-nhs-probiotics')!;
      expect(within(item).getByRole('link', { name: 'Probiotics' })).toHaveAttribute('href', 'https://www.nhs.uk/conditions/probiotics/');
      const time = item.querySelector('time');
      expect(time).toHaveAttribute('datetime', '2026-03-01');
      expect(item.textContent).toMatch(/^Probiotics\. NHS\. Accessed March 1, 2026\. /);
    });

    it('formats the date and text for the locale', () => {
      render(<References references={sources} locale="fr" labels={fr.articleBlocks} />);
      expect(screen.getByRole('heading', { level: 2, name: 'Références' })).toBeInTheDocument();
      expect(document.getElementById('ref-nhs-probiotics')).toHaveTextContent('Consulté le 1 mars 2026.');
      expect(screen.getByRole('link', { name: 'Retour à la citation 1' })).toBeInTheDocument();
    });

    it.each([undefined, null, ''])('keeps the English text where a label is %j (an unfilled CMS field)', (missing) => {
      render(<References references={sources} labels={{ references: missing, backToCitation: missing } as never} />);
      expect(screen.getByRole('heading', { level: 2, name: 'References' })).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: 'Back to citation 1' }).length).toBeGreaterThan(0);
    });

    it('leaves out an invalid accessed date, never "Invalid Date"', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<References references={[{ id: 'no-date', title: 'Page', url: 'https://example.com', accessed: 'last spring' }]} />);
      const item = document.getElementById('ref-no-date')!;
      expect(item.querySelector('time')).toBeNull();
      expect(item).not.toHaveTextContent(/Invalid|Accessed|NaN/);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"last spring" is not a valid date'));
      warn.mockRestore();
    });

    it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'javascript&colon;alert(1)', 'data:text/html,<script>alert(1)</script>'])(
      'drops the dangerous URL %j and keeps the title as text',
      (url) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        render(<References references={[{ id: 'x', title: 'Harmless title', url }]} />);
        expect(screen.queryByRole('link', { name: 'Harmless title' })).toBeNull();
        expect(screen.getByText(/Harmless title/)).toBeInTheDocument();
        expect(document.querySelector('a[href*="script"], a[href^="data"]')).toBeNull();
        warn.mockRestore();
      },
    );
  });

  describe('given collapsible', () => {
    it('puts the list in a closed <details> whose summary counts the sources', async () => {
      const user = userEvent.setup();
      render(<References references={sources} collapsible />);
      const details = document.querySelector('details')!;
      expect(details).not.toHaveAttribute('open');
      const summary = details.querySelector('summary')!;
      expect(summary).toHaveTextContent('Show sources (2)');
      expect(screen.getByRole('heading', { level: 2, name: 'References' }).nextElementSibling).toBe(details);
      await user.click(summary);
      expect(details).toHaveAttribute('open');
    });
  });

  describe('given holes in the data', () => {
    it('skips them and keeps citation numbers and list positions in step', () => {
      const withHoles = [null, sources[0], undefined, sources[1]] as unknown as ReferenceItem[];
      render(
        <>
          <Cite id="nhs-probiotics" references={withHoles} />
          <References references={withHoles} />
        </>,
      );
      expect(screen.getByRole('link', { name: '[2]' })).toHaveAttribute('href', '#ref-nhs-probiotics');
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items.map((item) => item.id)).toEqual(['ref-vighi-2008', 'ref-nhs-probiotics']);
    });
  });

  describe('given a wrong citation count', () => {
    it('renders a bounded number of back-links and none for NaN', () => {
      render(
        <References
          references={[
            { id: 'many', title: 'Many', cited: 1e9 },
            { id: 'nan', title: 'NaN', cited: Number.NaN },
          ]}
        />,
      );
      expect(document.getElementById('ref-many')!.querySelectorAll('a.wr-references__back')).toHaveLength(50);
      expect(document.getElementById('ref-nan')!.querySelectorAll('a')).toHaveLength(0);
    });
  });

  describe('given a source that is never cited', () => {
    it('gives it no back-link', () => {
      render(<References references={[{ id: 'further', title: 'Further reading', cited: 0 }]} />);
      expect(screen.queryByRole('link', { name: /Back to citation/ })).toBeNull();
    });
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<References references={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('warns in development about duplicate ids', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<References references={[{ id: 'dup', title: 'One' }, { id: 'dup', title: 'Two' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"dup" is used twice'));
    warn.mockRestore();
  });

  it('renders no Cite, with a development warning, when its source has no number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Cite id="unknown" references={sources} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no number for source "unknown"'));
    warn.mockRestore();
  });

  it('pass className, data attributes and ref to their root elements', () => {
    const sectionRef = createRef<HTMLElement>();
    const supRef = createRef<HTMLElement>();
    render(
      <>
        <Cite ref={supRef} id="vighi-2008" number={1} className="cite-class" data-testid="cite" />
        <References ref={sectionRef} references={sources} className="refs-class" data-testid="refs" />
      </>,
    );
    expect(sectionRef.current).toBe(screen.getByTestId('refs'));
    expect(screen.getByTestId('refs')).toHaveClass('wr-references', 'refs-class');
    expect(supRef.current).toBe(screen.getByTestId('cite'));
    expect(screen.getByTestId('cite')).toHaveClass('wr-cite', 'cite-class');
  });

  it('hydrate the server markup without errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Article />);
    document.body.append(container);
    render(<Article />, { container, hydrate: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('References given data of the wrong type, as a CMS may send', () => {
  it('leaves out a DOI that is a number or an array, with a development warning, and lists the source', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refs = [
      { id: 'doi-number', title: 'Number DOI', doi: 10.1 },
      { id: 'doi-array', title: 'Array DOI', doi: ['10.1000/xyz'] },
    ] as unknown as ReferenceItem[];
    render(<References references={refs} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Number DOI. ↩Back to citation 1',
      'Array DOI. ↩Back to citation 2',
    ]);
    expect(screen.queryByRole('link', { name: /10\./ })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('References doi-number: "10.1" is not a DOI'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('References doi-array: "10.1000/xyz" is not a DOI'));
    warn.mockRestore();
  });

  it('never throws for objects, arrays, numbers or booleans in any field, and shows what is text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const odd = [{ a: 1 }, [{ b: 2 }], ['x', ['y']], 42, true, null];
    const refs = odd.map((value, i) => ({
      id: `odd-${i}`,
      authors: value,
      title: value,
      journal: value,
      publisher: value,
      year: value,
      url: value,
      doi: value,
      pmid: value,
      accessed: value,
      cited: value,
    })) as unknown as ReferenceItem[];
    render(<References references={refs} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(odd.length);
    expect(items[0]).not.toHaveTextContent(/object/i);
    expect(items[3]).toHaveTextContent(/^42\. 42\. 42\. 42\. 42\. PMID: 42\. /);
    expect(items[3]).not.toHaveTextContent('doi:');
    warn.mockRestore();
  });

  it('prints a year that ends with a period, such as "n.d.", with one period', () => {
    render(<References references={[{ id: 'nd', title: 'Undated page', publisher: 'NHS', year: 'n.d.', cited: 0 }]} />);
    expect(document.getElementById('ref-nd')).toHaveTextContent(/^Undated page\. NHS\. n\.d\.$/);
  });
});

describe('References and Cite given sources without an id', () => {
  it('name each by its number, link back to "cite-<number>-<n>", and warn in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refs = [{ title: 'First' }, { id: 'second', title: 'Second' }, { title: 'Third' }] as ReferenceItem[];
    render(
      <>
        <Cite id={undefined as unknown as string} number={3} />
        <References references={refs} />
      </>,
    );
    const items = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(['ref-1', 'ref-second', 'ref-3']);
    expect(within(items[2]!).getByRole('link', { name: 'Back to citation 3' })).toHaveAttribute('href', '#cite-3-1');
    const cite = screen.getByRole('link', { name: '[3]' });
    expect(cite).toHaveAttribute('href', '#ref-3');
    expect(cite).toHaveAttribute('id', 'cite-3-1');
    expect(document.querySelectorAll('[id*="undefined"], [href*="undefined"]')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('source 1 has no id'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('source 3 has no id'));
    warn.mockRestore();
  });

  it('give a Cite without an id no number from the list, so it never points at an id-less source', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refs = [{ title: 'No id' }] as ReferenceItem[];
    expect(referenceNumber(refs, undefined as unknown as string)).toBeUndefined();
    const { container } = render(<Cite id={undefined as unknown as string} references={refs} />);
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });
});

describe('Cite given a number that is not a source number', () => {
  it.each([-2, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('renders nothing for %s, with a development warning', (number) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Cite id={`bad-number-${number}`} number={number} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`no number for source "bad-number-${number}"`));
    warn.mockRestore();
  });
});

describe('References given a heading level outside 2–6', () => {
  it.each([
    [1, 2],
    [0, 2],
    [7, 6],
    [2.6, 3],
    [Number.NaN, 2],
    ['4', 2],
  ])('renders level %s as an h%s, never a second h1', (level, expected) => {
    render(<References references={sources} headingLevel={level as 2} />);
    expect(screen.getByRole('heading', { name: 'References' }).tagName).toBe(`H${expected}`);
  });

  it('falls back to "References" for a blank heading', () => {
    render(<References references={sources} heading=" " />);
    expect(screen.getByRole('heading', { level: 2, name: 'References' })).toBeInTheDocument();
  });
});

describe('References given a source without a title', () => {
  it('names the link by the host of its URL instead of dropping it, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refs = [
      { id: 'untitled', title: '', url: 'https://www.nhs.uk/conditions/probiotics/', cited: 0 },
      { id: 'no-title', url: 'https://example.org/page', publisher: 'Example', cited: 0 },
    ] as ReferenceItem[];
    render(<References references={refs} />);
    expect(screen.getByRole('link', { name: 'nhs.uk' })).toHaveAttribute('href', 'https://www.nhs.uk/conditions/probiotics/');
    expect(screen.getByRole('link', { name: 'example.org' })).toHaveAttribute('href', 'https://example.org/page');
    expect(document.getElementById('ref-no-title')).toHaveTextContent(/^example\.org\. Example\.$/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('References untitled: the source has no title'));
    warn.mockRestore();
  });
});

describe('References given junk items among the sources', () => {
  it('skips strings, numbers and booleans, keeping Cite numbers and list positions in step', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refs = ['str', sources[0], 5, true, sources[1]] as unknown as ReferenceItem[];
    expect(referenceNumber(refs, 'nhs-probiotics')).toBe(2);
    render(
      <>
        <Cite id="nhs-probiotics" references={refs} />
        <References references={refs} />
      </>,
    );
    expect(screen.getByRole('link', { name: '[2]' })).toHaveAttribute('href', '#ref-nhs-probiotics');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(['ref-vighi-2008', 'ref-nhs-probiotics']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('References: 3 of 5 items are not objects'));
    warn.mockRestore();
  });

  it('renders nothing when no item is a source, or the list is not an array, warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const refs of [['a', 1, false], {}, 'sources']) {
      const { container, unmount } = render(<References references={refs as never} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('References: references is not a list'));
    warn.mockRestore();
  });
});
