import { describe, expect } from 'vitest';
import { Cite, References, RelatedArticles, TableOfContents, TipChecklist, buildToc, type RelatedArticle } from 'wellread';
import { failOnReactErrors, runCases } from './safety';

/*
 * Big and repeated lists: 10,000 related articles with a limit, and duplicate ids in
 * every list that has ids. Duplicates never produce two elements with one id, and
 * never a React key warning.
 */

failOnReactErrors();

const TEN_THOUSAND: RelatedArticle[] = Array.from({ length: 10_000 }, (_, i) => ({
  title: `Article ${i + 1}`,
  href: `/articles/${i + 1}`,
  excerpt: 'An excerpt.',
  readingTimeMinutes: (i % 12) + 1,
}));

const idsOf = (root: HTMLElement) => [...root.querySelectorAll('[id]')].map((element) => element.id);
const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('given 10,000 related articles', () => {
  runCases([
    {
      name: 'with limit 3: exactly the first three cards',
      ui: () => <RelatedArticles articles={TEN_THOUSAND} limit={3} />,
      outcome: (root) =>
        expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/1', '/articles/2', '/articles/3']),
    },
    {
      name: 'with limit 0: nothing is rendered',
      ui: () => <RelatedArticles articles={TEN_THOUSAND} limit={0} />,
      outcome: (root) => expect(root.innerHTML).toBe(''),
    },
    {
      name: 'with a limit of 4 and the first 9,998 unsafe: the limit counts the safe ones only',
      ui: () => (
        <RelatedArticles
          articles={TEN_THOUSAND.map((article, i) => (i < 9_998 ? { ...article, href: 'javascript:alert(1)' } : article))}
          limit={4}
          variant="compact"
        />
      ),
      outcome: (root) =>
        expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/9999', '/articles/10000']),
    },
  ]);
});

describe('given duplicate ids', () => {
  runCases([
    {
      name: 'RelatedArticles with the same href three times: one card',
      ui: () => (
        <RelatedArticles
          articles={[
            { title: 'Fiber guide', href: '/f' },
            { title: 'Fiber guide (copy)', href: '/f' },
            { title: 'Sleep', href: '/s' },
            { title: 'Fiber guide again', href: '/f' },
          ]}
        />
      ),
      outcome: (root) => expect([...root.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Fiber guide', 'Sleep']),
    },
    {
      name: 'TipChecklist with a repeated step id: the first step with that id is kept, ids stay unique',
      ui: () => (
        <TipChecklist
          id="dupes"
          items={[
            { id: 'water', title: 'Drink water' },
            { id: 'water', title: 'Drink more water' },
            { id: 'sleep', title: 'Sleep' },
          ]}
        />
      ),
      outcome: (root) => {
        expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(2);
        expect(root.textContent).not.toContain('Drink more water');
        expect(duplicates(idsOf(root))).toEqual([]);
      },
    },
    {
      name: 'two TipChecklists with the same id: both render their own steps',
      ui: () => (
        <>
          <TipChecklist id="same" items={[{ id: 'a', title: 'First list' }]} />
          <TipChecklist id="same" items={[{ id: 'a', title: 'Second list' }]} />
        </>
      ),
      outcome: (root) => {
        expect(root.textContent).toContain('First list');
        expect(root.textContent).toContain('Second list');
        // Checkbox ids come from useId, so they never collide even when the lists do.
        const boxes = [...root.querySelectorAll('input[type="checkbox"]')].map((box) => box.id);
        expect(new Set(boxes).size).toBe(2);
      },
    },
    {
      name: 'buildToc with two sections of the same title: -2 on the second, links match',
      ui: () => <TableOfContents items={buildToc([{ title: 'Sleep' }, { title: 'Sleep' }, { title: 'sleep!' }])} />,
      outcome: (root) =>
        expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#sleep', '#sleep-2', '#sleep-3']),
    },
    {
      name: 'TableOfContents with the same explicit id twice: both links, no throw',
      ui: () => <TableOfContents items={[{ title: 'A', id: 'x' }, { title: 'B', id: 'x' }]} />,
      outcome: (root) => expect(root.querySelectorAll('a')).toHaveLength(2),
    },
    {
      name: 'References with a repeated source id: both sources listed, numbered 1 and 2',
      ui: () => (
        <References
          references={[
            { id: 'a', title: 'First', cited: 0 },
            { id: 'a', title: 'Second', cited: 0 },
          ]}
        />
      ),
      outcome: (root) => expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First. ', 'Second. ']),
    },
    {
      name: 'References cited Infinity, NaN and -1 times: at most 50 back-links, then none, then none',
      ui: () => (
        <References
          references={[
            { id: 'inf', title: 'Infinite', cited: Number.POSITIVE_INFINITY },
            { id: 'nan', title: 'Not a number', cited: Number.NaN },
            { id: 'neg', title: 'Negative', cited: -1 },
          ]}
        />
      ),
      outcome: (root) => {
        const backLinks = [...root.querySelectorAll('li')].map((li) => li.querySelectorAll('a[href^="#cite-"]').length);
        expect(backLinks[0]).toBeLessThanOrEqual(50);
        expect(backLinks.slice(1)).toEqual([0, 0]);
      },
    },
    {
      name: 'Cite with an id made of markup: the fragment is an attribute value, not markup',
      ui: () => <Cite id={'"><img src=x onerror=alert(1)>'} number={1} />,
      outcome: (root) => {
        expect(root.querySelector('a')?.getAttribute('href')).toBe('#ref-"><img src=x onerror=alert(1)>');
        expect(root.querySelectorAll('img')).toHaveLength(0);
      },
    },
  ]);
});
