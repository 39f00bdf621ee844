import { describe, expect } from 'vitest';
import { ArticleSection, ReadingProgress, TableOfContents } from 'wellread';
import { failOnReactErrors, runCases } from './safety';

/*
 * The client parts that look elements up in the page, given lookups that fail: a CSS
 * selector that is not valid CSS, one that matches nothing, and section ids that are
 * not valid CSS identifiers. The bar or the contents still render; nothing throws in
 * an effect (which would unmount the whole page in React 19 without an error boundary).
 */

failOnReactErrors();

describe('given ReadingProgress with a target that cannot be found', () => {
  runCases([
    {
      name: 'a selector that is not valid CSS ("###"): the bar renders, nothing throws',
      ui: () => <ReadingProgress target="###" />,
      outcome: (root) => expect(root.querySelector('.wr-progress__bar')).not.toBeNull(),
    },
    {
      name: 'markup as the selector: the bar renders, nothing throws',
      ui: () => <ReadingProgress target={'</script><img src=x onerror=alert(1)>'} />,
      outcome: (root) => expect(root.querySelector('.wr-progress__bar')).not.toBeNull(),
    },
    {
      name: 'a selector that matches nothing: the bar renders, nothing throws',
      ui: () => <ReadingProgress target="#no-such-article" />,
      outcome: (root) => expect(root.querySelector('.wr-progress__bar')).not.toBeNull(),
    },
  ]);
});

describe('given sections whose ids are not CSS identifiers', () => {
  runCases([
    {
      name: 'ids that start with a digit or hold quotes and spaces: links and headings match',
      ui: () => {
        const items = [
          { title: 'Step one', id: '1-intro' },
          { title: 'Quoted', id: 'a"b c' },
          { title: 'Brackets', id: '[x]' },
        ];
        return (
          <>
            <TableOfContents items={items} />
            {items.map((item) => (
              <ArticleSection key={item.id} id={item.id} title={item.title}>
                <p>Body</p>
              </ArticleSection>
            ))}
          </>
        );
      },
      outcome: (root) => {
        const hrefs = [...root.querySelectorAll('.wr-toc__link')].map((a) => a.getAttribute('href'));
        const ids = [...root.querySelectorAll('h2.wr-section__heading')].map((h) => `#${h.id}`);
        expect(hrefs).toEqual(ids);
      },
    },
  ]);
});
