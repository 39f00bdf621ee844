import { describe, expect } from 'vitest';
import {
  ArticleHeader,
  ArticleLayout,
  ArticleSection,
  Byline,
  Callout,
  Cite,
  KeyPoints,
  MedicalDisclaimer,
  ReadingTime,
  References,
  RelatedArticles,
  ShareBar,
  StatHighlight,
  TableOfContents,
  TipChecklist,
  TipChecklistItem,
  TipChecklistStatic,
  KeyPointsItem,
  buildToc,
} from 'wellread';
import { EMOJI_TEXT, LONG_TITLE, RTL_TEXT, failOnReactErrors, jsonLdOf, runCases, type HostileCase } from './safety';

/*
 * Text a CMS really sends: 10,000-character titles, empty strings, null and undefined
 * where a prop is optional, right-to-left text and emoji (with joiners). Nothing may
 * throw, be cut mid-character, or produce an empty landmark.
 */

failOnReactErrors();

const shareText = (root: HTMLElement, network: string) => {
  const href = root.querySelector(`a[data-network="${network}"]`)?.getAttribute('href') ?? '';
  return new URL(href).searchParams;
};

describe('given a 10,000-character title', () => {
  runCases([
    {
      name: 'ArticleLayout: the h1 holds all of it and JSON-LD reads it back',
      ui: () => <ArticleLayout title={LONG_TITLE} jsonLd><p>Body</p></ArticleLayout>,
      jsonLd: 1,
      outcome: (root) => {
        expect(root.querySelector('h1')?.textContent).toBe(LONG_TITLE);
        expect(jsonLdOf(root)?.headline).toBe(LONG_TITLE);
      },
    },
    {
      name: 'ArticleSection and TableOfContents: the heading and its link share one id',
      ui: () => {
        const toc = buildToc([{ title: LONG_TITLE }]);
        return (
          <>
            <TableOfContents items={toc} />
            <ArticleSection id={toc[0]!.id} title={LONG_TITLE}>
              <p>Body</p>
            </ArticleSection>
          </>
        );
      },
      outcome: (root) => {
        const heading = root.querySelector('h2[id]:not(.wr-toc__title)');
        expect(heading?.textContent).toBe(LONG_TITLE);
        expect(root.querySelector('.wr-toc__link')?.getAttribute('href')).toBe(`#${heading?.id}`);
      },
    },
    {
      name: 'ShareBar: the X post text carries the whole title, percent-encoded',
      ui: () => <ShareBar url="https://example.com/a" title={LONG_TITLE} networks={['x', 'email']} />,
      outcome: (root) => {
        expect(shareText(root, 'x').get('text')).toBe(LONG_TITLE);
        expect(shareText(root, 'email').get('subject')).toBe(LONG_TITLE);
      },
    },
    {
      name: 'RelatedArticles: the card title and its link hold all of it',
      ui: () => <RelatedArticles articles={[{ title: LONG_TITLE, href: '/a' }]} />,
      outcome: (root) => expect(root.querySelector('a')?.textContent).toBe(LONG_TITLE),
    },
    {
      name: 'TipChecklist: the step title labels its checkbox',
      ui: () => <TipChecklist id="long-title" items={[{ id: 'a', title: LONG_TITLE }]} />,
      outcome: (root) => {
        const box = root.querySelector('input[type="checkbox"]');
        const label = root.querySelector(`#${CSS.escape(box?.getAttribute('aria-labelledby') ?? '')}`);
        expect(label?.textContent).toContain(LONG_TITLE);
      },
    },
    {
      name: 'References, Callout, KeyPoints and StatHighlight: each shows all of it',
      ui: () => (
        <>
          <References references={[{ id: 'r', title: LONG_TITLE, cited: 0 }]} />
          <Callout title={LONG_TITLE}>Body</Callout>
          <KeyPoints items={[{ lead: LONG_TITLE, text: 'x' }]} />
          <StatHighlight value="1" caption={LONG_TITLE} />
        </>
      ),
      outcome: (root) => expect(root.textContent?.split(LONG_TITLE).length).toBe(5),
    },
    {
      name: 'ReadingTime text: the estimate is a whole number of minutes',
      ui: () => <ReadingTime text={LONG_TITLE} />,
      outcome: (root) => expect(root.querySelector('time')?.getAttribute('datetime')).toMatch(/^PT\d+M$/),
    },
  ]);
});

describe('given empty strings', () => {
  runCases([
    {
      name: 'ShareBar url "": nothing is rendered',
      ui: () => <ShareBar url="" title="Gut health" />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'RelatedArticles with empty titles and hrefs: nothing is rendered',
      ui: () => <RelatedArticles articles={[{ title: '', href: '/a' }, { title: 'A', href: '' }, { title: '   ', href: '/b' }]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'TipChecklist with an empty step id: that step is left out, the others stay',
      ui: () => <TipChecklist id="empty-id" items={[{ id: '', title: 'Ghost' }, { id: 'b', title: 'Real' }]} />,
      outcome: (root) => {
        expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(1);
        expect(root.textContent).not.toContain('Ghost');
      },
    },
    {
      name: 'Byline with an author named "": nothing is rendered',
      ui: () => <Byline authors={[{ name: '' }, { name: '   ' }]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'ArticleJsonLd through ArticleLayout with title "": no JSON-LD',
      ui: () => <ArticleLayout title="" jsonLd><p>Body</p></ArticleLayout>,
      outcome: (root) => expect(root.querySelector('p')?.textContent).toBe('Body'),
    },
    {
      name: 'TableOfContents with no items: nothing is rendered',
      ui: () => <TableOfContents items={[]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'References with no sources: nothing is rendered',
      ui: () => <References references={[]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'ReadingTime text "": nothing is rendered',
      ui: () => <ReadingTime text="" />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'Cite for a source that is not listed: nothing is rendered',
      ui: () => <Cite id="" references={[{ id: 'a' }]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'KeyPoints whose points are all empty or blank: nothing is rendered, not even the heading',
      ui: () => <KeyPoints heading="Key points" items={[{ text: '' }, { lead: '', text: null }, { lead: ' ', text: '  ' }]} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'StatHighlight source "" with a source URL: the host names the link',
      ui: () => <StatHighlight value="1 in 3" source="" sourceUrl="https://www.nhs.uk/x" />,
      outcome: (root) => expect(root.querySelector('.wr-stat__source')?.textContent).toBe('Source: nhs.uk'),
    },
    {
      name: 'MedicalDisclaimer and References heading "": the default heading, never an empty one',
      ui: () => (
        <>
          <MedicalDisclaimer heading="" headingLevel={2} />
          <References heading="" references={[{ id: 'a', title: 'A' }]} />
        </>
      ),
      outcome: (root) => expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Medical disclaimer', 'References']),
    },
  ]);
});

describe('given null and undefined where a prop is optional', () => {
  runCases([
    {
      name: 'ArticleLayout with every optional prop undefined or null: the title and body alone',
      ui: () => (
        <ArticleLayout
          title="Gut health"
          authors={undefined}
          reviewers={null as never}
          published={undefined}
          updated={null as never}
          image={undefined}
          toc={null}
          shareTop={undefined}
          disclaimer={null}
          references={undefined}
          related={null}
          url={undefined}
          lastReviewed={null as never}
        >
          <p>Body</p>
        </ArticleLayout>
      ),
      outcome: (root) => {
        expect(root.querySelector('h1')?.textContent).toBe('Gut health');
        expect(root.querySelector('footer')).toBeNull();
      },
    },
    {
      name: 'RelatedArticles with null entries and a null image: the valid card stays, without an image',
      ui: () => <RelatedArticles articles={[null as never, { title: 'Fiber guide', href: '/f', image: null as never, date: null as never }, undefined as never]} />,
      outcome: (root) => {
        expect([...root.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Fiber guide']);
        expect(root.querySelector('img')).toBeNull();
      },
    },
    {
      name: 'TipChecklist with null steps: they are left out',
      ui: () => <TipChecklist id="null-steps" items={[null as never, { id: 'a', title: 'Drink water' }]} />,
      outcome: (root) => expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(1),
    },
    {
      name: 'Byline with a null author among real ones: the real ones are named',
      ui: () => <Byline authors={[null as never, { name: 'Maya Lindqvist' }]} />,
      outcome: (root) => expect(root.textContent).toBe('By Maya Lindqvist'),
    },
    {
      name: 'ShareBar with null networks entries: the valid networks stay',
      ui: () => <ShareBar url="https://example.com/a" networks={['x', null as never, 'nope' as never]} />,
      outcome: (root) => expect(root.querySelectorAll('a[data-network]')).toHaveLength(1),
    },
    {
      name: 'MedicalDisclaimer, Callout and KeyPoints with undefined content: no throw, no empty list item',
      ui: () => (
        <>
          <MedicalDisclaimer heading={undefined} />
          <Callout title={undefined}>{undefined}</Callout>
          <KeyPoints items={undefined} />
        </>
      ),
      outcome: (root) => expect(root.querySelectorAll('li')).toHaveLength(0),
    },
  ]);
});

describe('given right-to-left text and emoji', () => {
  runCases([
    {
      name: 'ArticleLayout in Arabic: the h1 reads back exactly and the dates are Arabic',
      ui: () => (
        <ArticleLayout title={RTL_TEXT} locale="ar" published="2026-09-14" dir="rtl" lang="ar">
          <p>{RTL_TEXT}</p>
        </ArticleLayout>
      ),
      outcome: (root) => {
        expect(root.querySelector('h1')?.textContent).toBe(RTL_TEXT);
        expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2026-09-14');
        expect(root.querySelector('time')?.textContent).toMatch(/[\u0600-\u06ff]/);
      },
    },
    {
      name: 'ArticleSection with an emoji title: a usable id that the TOC link targets',
      ui: () => {
        const toc = buildToc([{ title: EMOJI_TEXT }, { title: EMOJI_TEXT }]);
        return (
          <>
            <TableOfContents items={toc} />
            {toc.map((item) => (
              <ArticleSection key={item.id} id={item.id} title={item.title}>
                <p>Body</p>
              </ArticleSection>
            ))}
          </>
        );
      },
      outcome: (root) => {
        const ids = [...root.querySelectorAll('h2.wr-section__heading')].map((h) => h.id);
        expect(new Set(ids).size).toBe(2);
        expect([...root.querySelectorAll('.wr-toc__link')].map((a) => a.getAttribute('href'))).toEqual(ids.map((id) => `#${id}`));
      },
    },
    {
      name: 'ShareBar with an emoji title: the X post text round-trips every code point',
      ui: () => <ShareBar url="https://example.com/a" title={EMOJI_TEXT} networks={['x']} />,
      outcome: (root) => expect(shareText(root, 'x').get('text')).toBe(EMOJI_TEXT),
    },
    {
      name: 'TipChecklist in Arabic: steps are numbered with Arabic digits, titles intact',
      ui: () => <TipChecklist id="rtl" locale="ar" items={[{ id: 'a', title: RTL_TEXT }, { id: 'b', title: EMOJI_TEXT }]} />,
      outcome: (root) => {
        expect(root.textContent).toContain(RTL_TEXT);
        expect(root.textContent).toContain(EMOJI_TEXT);
      },
    },
    {
      name: 'RelatedArticles with RTL and emoji titles: both cards, titles intact',
      ui: () => (
        <RelatedArticles
          locale="ar"
          articles={[
            { title: RTL_TEXT, href: '/ar' },
            { title: EMOJI_TEXT, href: '/emoji' },
          ]}
        />
      ),
      outcome: (root) => expect([...root.querySelectorAll('a')].map((a) => a.textContent)).toEqual([RTL_TEXT, EMOJI_TEXT]),
    },
    {
      name: 'Byline with an invalid locale: English list formatting, no throw',
      ui: () => <Byline locale="not a locale!!" authors={[{ name: 'A' }, { name: 'B' }]} published="2026-09-14" />,
      outcome: (root) => expect(root.textContent).toContain('By A and B'),
    },
  ] satisfies HostileCase[]);
});

describe('given the compound parts written as children', () => {
  runCases([
    {
      name: 'TipChecklistStatic with RTL, emoji and a 10,000-character step: numbered list, no checkboxes',
      ui: () => (
        <TipChecklistStatic
          items={[
            { id: 'rtl', title: RTL_TEXT },
            { id: 'emoji', title: EMOJI_TEXT, points: [{ label: '', text: '' }] },
            { id: 'long', title: LONG_TITLE },
          ]}
        />
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('input')).toHaveLength(0);
        expect(root.querySelectorAll('ol > li')).toHaveLength(3);
        expect(root.textContent).toContain(LONG_TITLE);
      },
    },
    {
      name: 'TipChecklist from TipChecklistItem children, one without an id and one stray element: the valid items only',
      ui: () => (
        <TipChecklist id="children">
          <TipChecklistItem id="water" title="Drink water">
            Two litres.
          </TipChecklistItem>
          <TipChecklistItem id={undefined as never} title="No id" />
          <p>Not an item</p>
          {null}
          {false}
        </TipChecklist>
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(1);
        expect(root.textContent).not.toContain('No id');
        expect(root.textContent).not.toContain('Not an item');
      },
    },
    {
      name: 'KeyPoints from KeyPointsItem children with empty and emoji lead-ins: one list item each',
      ui: () => (
        <KeyPoints label="Points">
          <KeyPointsItem lead="">Plain point</KeyPointsItem>
          <KeyPointsItem lead={EMOJI_TEXT}>Emoji point</KeyPointsItem>
        </KeyPoints>
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('li')).toHaveLength(2);
        expect(root.textContent).toContain(EMOJI_TEXT);
      },
    },
    {
      name: 'ArticleHeader with a 10,000-character title, empty people and invalid dates: the h1 alone',
      ui: () => <ArticleHeader title={LONG_TITLE} authors={[]} reviewers={[{ name: '' }]} published="nope" readingTime={Number.NaN} />,
      outcome: (root) => {
        expect(root.querySelector('h1')?.textContent).toBe(LONG_TITLE);
        expect(root.querySelectorAll('time, a')).toHaveLength(0);
      },
    },
  ]);
});

const ODD_VALUES = [{ a: 1 }, [{ b: 2 }], ['x', ['y']], 10.1, true, null, ''];

describe('given CMS data of the wrong type', () => {
  runCases([
    {
      name: 'References with objects, arrays, numbers and booleans in every field: no throw, every source listed',
      ui: () => (
        <References
          references={ODD_VALUES.map((value, i) => ({
            id: `odd-${i}`,
            authors: value as never,
            title: value as never,
            journal: value as never,
            publisher: value as never,
            year: value as never,
            url: value as never,
            doi: value as never,
            pmid: value as never,
            accessed: value as never,
            cited: value as never,
          }))}
        />
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('li')).toHaveLength(ODD_VALUES.length);
        expect(root.textContent).not.toMatch(/object|doi:/i);
      },
    },
    {
      name: 'References whose sources have no id: ids from their numbers, none "undefined", none twice',
      ui: () => <References references={[{ title: 'A' }, { title: 'B' }, { id: '', title: 'C' }] as never} />,
      outcome: (root) => {
        const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
        expect(ids).toEqual(['ref-1', 'ref-2', 'ref-3']);
        expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#cite-1-1', '#cite-2-1', '#cite-3-1']);
      },
    },
    {
      name: 'Cite numbered -2, 0 and 1.5: nothing is rendered',
      ui: () => (
        <>
          <Cite id="a" number={-2} />
          <Cite id="b" number={0} />
          <Cite id="c" number={1.5} />
        </>
      ),
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    ...[1, 7, Number.NaN, '3', -Infinity].map(
      (level): HostileCase => ({
        name: `KeyPoints, MedicalDisclaimer, Callout and References at heading level ${String(level)}: headings h2 to h6 only`,
        ui: () => (
          <>
            <KeyPoints heading="Points" headingLevel={level as never} items={[{ text: 'A point' }]} />
            <MedicalDisclaimer headingLevel={level as never} />
            <Callout title="Note" headingLevel={level as never}>Text</Callout>
            <References headingLevel={level as never} references={[{ id: 'a', title: 'A' }]} />
          </>
        ),
        outcome: (root) => {
          const headings = [...root.querySelectorAll('*')].map((element) => element.localName).filter((name) => /^h(?:\d+|nan)$/.test(name));
          expect(headings.every((name) => /^h[2-6]$/.test(name)), headings.join()).toBe(true);
          expect(headings.length).toBeGreaterThanOrEqual(2);
        },
      }),
    ),
  ]);
});

describe('given CMS lists with holes and fields of the wrong type', () => {
  runCases([
    {
      name: 'TableOfContents with null, a string and a number among the entries: links to the real sections only',
      ui: () => <TableOfContents items={[null, { title: 'A' }, 'B', 5, undefined, { title: 'C', level: 3 }] as never} highlight={false} />,
      outcome: (root) =>
        expect([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
          ['A', '#a'],
          ['C', '#c'],
        ]),
    },
    {
      name: 'TableOfContents with an object for items: nothing is rendered',
      ui: () => <TableOfContents items={{} as never} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'TableOfContents from buildToc of a list with holes: the ids match the sections',
      ui: () => {
        const toc = buildToc([null, { title: 'Sleep' }, 7, { title: 'Sleep' }] as never);
        return (
          <>
            <TableOfContents items={toc} highlight={false} />
            {toc.map((item) => (
              <ArticleSection key={item.id} id={item.id} title={item.title} anchor={false}>
                <p>Text</p>
              </ArticleSection>
            ))}
          </>
        );
      },
      outcome: (root) => {
        expect([...root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['#sleep', '#sleep-2']);
        expect([...root.querySelectorAll('section h2')].map((h) => h.id)).toEqual(['sleep', 'sleep-2']);
      },
    },
    {
      name: 'Byline with object credentials, names and links: the text names stay, nothing else',
      ui: () => (
        <Byline
          authors={[{ name: 'A', credentials: {} as never, href: {} as never }, { name: {} as never }]}
          reviewers={{ name: 12 as never, credentials: ['MD'] as never, avatar: { src: {} as never } }}
        />
      ),
      outcome: (root) => {
        expect(root.textContent).toBe('By AMedically reviewed by 12');
        expect(root.querySelectorAll('a, img')).toHaveLength(0);
      },
    },
    {
      name: 'References with an untitled source that has a URL: the host names the link',
      ui: () => <References references={[{ id: 'a', title: '', url: 'https://www.nhs.uk/x', cited: 0 }]} />,
      outcome: (root) => {
        const link = root.querySelector('a');
        expect([link?.textContent, link?.getAttribute('href')]).toEqual(['nhs.uk', 'https://www.nhs.uk/x']);
      },
    },
    {
      name: "References with 'str', 5 and true among the sources: only the sources are listed, and Cite agrees",
      ui: () => {
        const refs = ['str', 5, true, { id: 'a', title: 'A' }, { id: 'b', title: 'B' }] as never;
        return (
          <>
            <Cite id="b" references={refs} />
            <References references={refs} />
          </>
        );
      },
      outcome: (root) => {
        expect([...root.querySelectorAll('li')].map((li) => li.id)).toEqual(['ref-a', 'ref-b']);
        expect(root.querySelector('sup a')?.textContent).toBe('[2]');
      },
    },
  ]);
});

describe('given empty parts only', () => {
  runCases([
    {
      name: 'ArticleHeader with title "" and blank parts: nothing is rendered',
      ui: () => <ArticleHeader title="" eyebrow=" " dek="" authors={[]} reviewers={[{ name: '' }]} published="nope" />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'ArticleSection with title "": nothing without children, the content alone with them',
      ui: () => (
        <>
          <ArticleSection title="" />
          <ArticleSection title="">
            <p>Body</p>
          </ArticleSection>
        </>
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('section')).toHaveLength(1);
        expect(root.textContent).toBe('Body');
        expect(root.querySelectorAll('h2, h3, h4, a')).toHaveLength(0);
      },
    },
    {
      name: 'Callout with no title and no children: nothing is rendered',
      ui: () => (
        <>
          <Callout />
          <Callout tone="tip" title=" " headingLevel={3} hideLabel />
        </>
      ),
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'Callout at heading level 3 with a hidden label and no title: no heading, the label in a paragraph',
      ui: () => (
        <Callout headingLevel={3} hideLabel>
          Body
        </Callout>
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).toHaveLength(0);
        expect(root.querySelector('[role="note"]')?.textContent).toBe('Information: Body');
      },
    },
    {
      name: 'MedicalDisclaimer with blank children: the default text',
      ui: () => <MedicalDisclaimer>{'  '}</MedicalDisclaimer>,
      outcome: (root) => expect(root.querySelector('p.wr-disclaimer__text')?.textContent).toMatch(/^This article is for general information only/),
    },
  ]);
});
