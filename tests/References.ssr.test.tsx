import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Cite, referenceNumber, References, type ReferenceItem } from 'wellread';

const sources: ReferenceItem[] = [
  { id: 'belkaid-2014', authors: 'Belkaid Y, Hand TW', title: 'Role of the microbiota in immunity and inflammation', journal: 'Cell', year: 2014, doi: '10.1016/j.cell.2014.03.011', pmid: 24679531 },
  { id: 'nhs', title: 'Probiotics', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/probiotics/', accessed: '2026-03-01' },
];

describe('References and Cite on the server', () => {
  it('number citations from data, the same on every render, with no DOM present', () => {
    const ui = (
      <p>
        Claim.<Cite id="nhs" number={referenceNumber(sources, 'nhs')} />
      </p>
    );
    const first = renderToString(ui);
    expect(first).toBe('<p>Claim.<sup class="wr-cite"><a class="wr-cite__link" href="#ref-nhs" id="cite-nhs-1">[2]</a></sup></p>');
    expect(renderToString(ui)).toBe(first);
  });

  it('render each source as <li id="ref-<id>"> with DOI, PubMed, date and back-link', () => {
    const html = renderToString(<References references={sources} />);
    expect(html).toMatch(/^<section class="wr-references"><h2 class="wr-references__heading">References<\/h2><ol class="wr-references__list">/);
    expect(html).toContain('<li id="ref-belkaid-2014" class="wr-references__item">');
    expect(html).toContain('<a class="wr-references__link" href="https://doi.org/10.1016/j.cell.2014.03.011">10.1016/j.cell.2014.03.011</a>');
    expect(html).toContain('<a class="wr-references__link" href="https://pubmed.ncbi.nlm.nih.gov/24679531/">24679531</a>');
    expect(html).toContain('<time dateTime="2026-03-01">March 1, 2026</time>');
    expect(html).toContain(
      '<a class="wr-references__back" href="#cite-nhs-1"><span aria-hidden="true">↩</span><span class="wr-visually-hidden">Back to citation 2</span></a>',
    );
  });

  it('render a collapsible list inside <details> after the heading', () => {
    const html = renderToString(<References references={sources} collapsible />);
    expect(html).toContain(
      '<h2 class="wr-references__heading">References</h2><details class="wr-references__details"><summary class="wr-references__summary">Show sources (2)</summary><ol',
    );
  });
});
