import { describe, expect } from 'vitest';
import { ArticleJsonLd, ArticleLayout, Byline, References, RelatedArticles, ReviewDates } from 'wellread';
import { failOnReactErrors, jsonLdOf, runCases, type HostileCase } from './safety';

/*
 * Dates as they arrive from a CMS: invalid ones are left out (never "Invalid Date",
 * never an empty <time>), far-future ones are shown as the year they are.
 */

failOnReactErrors();

const INVALID_DATES = [
  ['a word', 'not a date'],
  ['February 30th', '2026-02-30'],
  ['February 30th written the US way', '02/30/2026'],
  ['February 30th in words', 'February 30, 2026'],
  ['NaN', Number.NaN],
  ['an invalid Date object', new Date('nope')],
  ['an object that is not a date', {} as never],
  ['a timestamp past the end of time', 8.64e15 + 1],
] as const;

const noInvalidText = (root: HTMLElement) => {
  expect(root.textContent).not.toMatch(/invalid|NaN|undefined/i);
  for (const time of root.querySelectorAll('time')) {
    expect(time.getAttribute('datetime')).toMatch(/^(\d{4,6}-\d{2}-\d{2}|[+-]\d{6}-\d{2}-\d{2}|PT\d+M|\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/);
    expect(time.textContent?.trim()).not.toBe('');
  }
};

for (const [what, date] of INVALID_DATES) {
  describe(`given ${what} as every date`, () => {
    runCases([
      {
        name: 'Byline: the names stay and the dates are left out',
        ui: () => <Byline authors={{ name: 'Maya Lindqvist' }} published={date} updated={date} />,
        outcome: (root) => {
          expect(root.textContent).toBe('By Maya Lindqvist');
          expect(root.querySelectorAll('time')).toHaveLength(0);
        },
      },
      {
        name: 'ReviewDates: nothing is rendered',
        ui: () => <ReviewDates lastReviewed={date} nextReview={date} />,
        outcome: (root) => expect(root.innerHTML).toBe(''),
      },
      {
        name: 'ArticleJsonLd: no date field',
        ui: () => <ArticleJsonLd title="Gut health" published={date} updated={date} lastReviewed={date} />,
        jsonLd: 1,
        outcome: (root) => {
          const data = jsonLdOf(root);
          expect(data).not.toHaveProperty('datePublished');
          expect(data).not.toHaveProperty('dateModified');
          expect(data).not.toHaveProperty('lastReviewed');
        },
      },
      {
        name: 'ArticleLayout: the page renders without any <time> but the reading time',
        ui: () => (
          <ArticleLayout title="Gut health" published={date} updated={date} lastReviewed={date} nextReview={date} readingTime={7} jsonLd>
            <p>Body</p>
          </ArticleLayout>
        ),
        jsonLd: 1,
        outcome: (root) => {
          expect([...root.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual(['PT7M']);
          noInvalidText(root);
        },
      },
      {
        name: 'References accessed: the source stays, the accessed date is left out',
        ui: () => <References references={[{ id: 'a', title: 'A source', accessed: date, cited: 0 }]} />,
        outcome: (root) => {
          expect(root.querySelector('li')?.textContent).toBe('A source. ');
          expect(root.querySelectorAll('time')).toHaveLength(0);
        },
      },
      {
        name: 'RelatedArticles date: the card stays, the date is left out',
        ui: () => <RelatedArticles articles={[{ title: 'Fiber guide', href: '/f', date }]} />,
        outcome: (root) => {
          expect(root.querySelector('a')?.textContent).toBe('Fiber guide');
          expect(root.querySelectorAll('time')).toHaveLength(0);
        },
      },
    ] satisfies HostileCase[]);
  });
}

describe('given far-future dates', () => {
  runCases([
    {
      name: 'Byline published 9999-12-31: shown as December 31, 9999',
      ui: () => <Byline authors={{ name: 'A' }} published="9999-12-31" />,
      outcome: (root) => {
        expect(root.querySelector('time')?.getAttribute('datetime')).toBe('9999-12-31');
        expect(root.querySelector('time')?.textContent).toBe('December 31, 9999');
      },
    },
    {
      name: 'ReviewDates next review at the last representable instant: year 275760, valid datetime',
      ui: () => <ReviewDates lastReviewed="2026-11-02" nextReview={8.64e15} />,
      outcome: (root) => {
        const times = [...root.querySelectorAll('time')];
        expect(times).toHaveLength(2);
        expect(times[1]?.textContent).toContain('275760');
        noInvalidText(root);
      },
    },
    {
      name: 'ArticleJsonLd dates in year 10000 and beyond: ISO strings that parse back',
      ui: () => <ArticleJsonLd title="Gut health" published={new Date('+010000-01-01T00:00:00Z')} lastReviewed={8.64e15} />,
      jsonLd: 1,
      outcome: (root) => {
        const data = jsonLdOf(root) as { datePublished: string; lastReviewed: string };
        expect(new Date(data.datePublished).getUTCFullYear()).toBe(10000);
        expect(new Date(data.lastReviewed).getTime()).toBe(8.64e15);
      },
    },
    {
      name: 'RelatedArticles dated 3000-01-01 in German: the card shows the year 3000',
      ui: () => <RelatedArticles locale="de" articles={[{ title: 'Zukunft', href: '/z', date: '3000-01-01' }]} />,
      outcome: (root) => {
        expect(root.querySelector('time')?.getAttribute('datetime')).toBe('3000-01-01');
        expect(root.querySelector('time')?.textContent).toContain('3000');
      },
    },
  ] satisfies HostileCase[]);
});
