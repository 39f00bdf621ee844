import { describe, expect } from 'vitest';
import { ArticleJsonLd, ArticleLayout } from 'wellread';
import { SCRIPT_BREAKERS, failOnReactErrors, jsonLdOf, runCases, type HostileCase } from './safety';

/*
 * Everything that reaches JSON-LD, carrying text that would close the script element
 * or open a comment if it were written raw. The outcome is always the same: one
 * JSON-LD script, no other script, and the value reads back from JSON exactly as given.
 */

failOnReactErrors();

for (const [what, evil] of SCRIPT_BREAKERS) {
  const cases: HostileCase[] = [
    {
      name: 'ArticleJsonLd title: the headline reads back exactly',
      ui: () => <ArticleJsonLd title={`Gut health ${evil}`} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.headline).toBe(`Gut health ${evil}`),
    },
    {
      name: 'ArticleJsonLd description: the description reads back exactly',
      ui: () => <ArticleJsonLd title="Gut health" description={evil} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.description).toBe(evil),
    },
    {
      name: "ArticleJsonLd authors[].name and credentials: the author's name and suffix read back exactly",
      ui: () => <ArticleJsonLd title="Gut health" authors={{ name: `Maya ${evil}`, credentials: evil }} />,
      jsonLd: 1,
      outcome: (root) =>
        expect(jsonLdOf(root)?.author).toEqual([{ '@type': 'Person', name: `Maya ${evil}`, honorificSuffix: evil }]),
    },
    {
      name: "ArticleJsonLd reviewers[].name: the reviewer's name reads back exactly",
      ui: () => <ArticleJsonLd title="Gut health" reviewers={[{ name: evil }]} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.reviewedBy).toEqual([{ '@type': 'Person', name: evil }]),
    },
    {
      name: "ArticleJsonLd publisher.name: the publisher's name reads back exactly",
      ui: () => <ArticleJsonLd title="Gut health" publisher={{ name: evil }} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.publisher).toEqual({ '@type': 'Organization', name: evil }),
    },
    {
      name: 'ArticleJsonLd locale: inLanguage reads back exactly',
      ui: () => <ArticleJsonLd title="Gut health" locale={evil} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.inLanguage).toBe(evil),
    },
    {
      name: 'ArticleJsonLd url with the text in its query: the url reads back percent-encoded or exact, never raw markup',
      ui: () => <ArticleJsonLd title="Gut health" url={`https://example.com/a?q=${evil}`} />,
      jsonLd: 1,
      outcome: (root) => expect(jsonLdOf(root)?.url).toBe(`https://example.com/a?q=${evil}`),
    },
    {
      name: 'ArticleJsonLd type Article, every text field: mainEntityOfPage and the rest read back exactly',
      ui: () => (
        <ArticleJsonLd
          type="Article"
          title={evil}
          description={evil}
          authors={{ name: evil }}
          reviewers={{ name: evil }}
          publisher={{ name: evil }}
          url="https://example.com/a"
          lastReviewed="2026-11-02"
        />
      ),
      jsonLd: 1,
      outcome: (root) => {
        const data = jsonLdOf(root);
        expect(data).toMatchObject({ '@type': 'Article', headline: evil, description: evil });
        expect(data?.mainEntityOfPage).toMatchObject({ reviewedBy: [{ name: evil }], lastReviewed: '2026-11-02' });
      },
    },
    {
      name: 'ArticleLayout title and authors with jsonLd: the h1 shows the text and the JSON-LD reads it back exactly',
      ui: () => (
        <ArticleLayout title={evil} authors={{ name: evil }} jsonLd={{ description: evil }}>
          <p>Body</p>
        </ArticleLayout>
      ),
      jsonLd: 1,
      outcome: (root) => {
        expect(root.querySelector('h1')?.textContent).toBe(evil);
        expect(jsonLdOf(root)).toMatchObject({ headline: evil, description: evil, author: [{ name: evil }] });
      },
    },
  ];
  describe(`given ${what} in what reaches JSON-LD`, () => runCases(cases));
}
