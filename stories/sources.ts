import type { ReferenceItem } from 'wellread';

/** Sources for the seed article's claims (sample data for the stories). */
export const sources: ReferenceItem[] = [
  {
    id: 'vighi-2008',
    authors: ['Vighi G', 'Marcucci F', 'Sensi L', 'Di Cara G', 'Frati F'],
    title: 'Allergy and the gastrointestinal system',
    journal: 'Clinical & Experimental Immunology',
    year: 2008,
    doi: '10.1111/j.1365-2249.2008.03713.x',
    pmid: 18721321,
  },
  {
    id: 'belkaid-2014',
    authors: 'Belkaid Y, Hand TW',
    title: 'Role of the microbiota in immunity and inflammation',
    journal: 'Cell',
    year: 2014,
    doi: '10.1016/j.cell.2014.03.011',
    pmid: 24679531,
  },
  {
    id: 'makki-2018',
    authors: 'Makki K, Deehan EC, Walter J, Bäckhed F',
    title: 'The impact of dietary fiber on gut microbiota in host health and disease',
    journal: 'Cell Host & Microbe',
    year: 2018,
    doi: '10.1016/j.chom.2018.05.012',
    cited: 0,
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

/** The same sources with other ids, for a second list on the same page. */
export const prefixed = (prefix: string): ReferenceItem[] => sources.map((item) => ({ ...item, id: `${prefix}${item.id}` }));
