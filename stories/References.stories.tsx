import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { Cite, referenceNumber, References } from 'wellread';
import { es } from 'wellread/locales';
import { prefixed, sources } from './sources';

const n = (id: string) => referenceNumber(sources, id);

/** Seed sentences with citations, numbered from the data with `referenceNumber`. */
function CitedText() {
  return (
    <>
      <p>
        Think of your gut as the command center for your body&apos;s defenses. A staggering 70-80% of your immune
        system cells actually reside in your gut.
        <Cite id="vighi-2008" number={n('vighi-2008')} /> The &quot;good&quot; bacteria in your gut are like highly
        trained diplomats and soldiers.
        <Cite id="belkaid-2014" number={n('belkaid-2014')} />
      </p>
      <p>
        If you&apos;re recovering from illness or have taken antibiotics, a high-quality probiotic supplement might be
        beneficial,
        <Cite id="nhs-probiotics" references={sources} /> but always discuss this with a healthcare professional.
        <Cite id="nhs-probiotics" references={sources} occurrence={2} />
      </p>
    </>
  );
}

const meta = {
  title: 'Article/References',
  component: References,
  parameters: { wellread: { labels: 'articleBlocks' } },
  args: { references: sources },
} satisfies Meta<typeof References>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Numbered sources: DOI and PubMed links, an accessed date, back-links to the citations. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: '10.1111/j.1365-2249.2008.03713.x' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1111/j.1365-2249.2008.03713.x',
    );
    await expect(canvas.getByRole('link', { name: '24679531' })).toHaveAttribute('href', 'https://pubmed.ncbi.nlm.nih.gov/24679531/');
  },
};

/** `Cite` in the text links to the source, and the source's ↩ links back to that spot. */
export const WithCitations: Story = {
  render: (args) => (
    <>
      <CitedText />
      <References {...args} />
    </>
  ),
  play: async ({ canvas, canvasElement }) => {
    const cite = canvas.getByRole('link', { name: '[1]' });
    await expect(cite).toHaveAttribute('href', '#ref-vighi-2008');
    await expect(canvasElement.querySelector('#ref-vighi-2008')).not.toBeNull();
    const back = canvas.getByRole('link', { name: 'Back to citation 1' });
    await expect(back).toHaveAttribute('href', '#cite-vighi-2008-1');
    await expect(canvasElement.querySelector('#cite-vighi-2008-1')).toBe(cite);
  },
};

/**
 * Collapsed on screen behind a native `<details>`; following a citation opens it (the
 * browser reveals a fragment target inside closed details), and print shows the list.
 */
export const Collapsible: Story = {
  args: { collapsible: true },
  render: (args) => (
    <>
      <CitedText />
      <References {...args} />
    </>
  ),
  play: async ({ canvas, canvasElement, step }) => {
    const details = canvasElement.querySelector('details')!;
    const list = details.querySelector('ol')!;
    await expect(details.open).toBe(false);
    await expect(list.checkVisibility()).toBe(false);

    await step('the print rule shows the closed list', async () => {
      const printRules: CSSStyleRule[] = [];
      const walk = (rules: CSSRuleList, inPrint: boolean) => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSStyleRule && inPrint && rule.selectorText.includes('wr-references__details::details-content')) printRules.push(rule);
          if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, inPrint || (rule instanceof CSSMediaRule && rule.media.mediaText === 'print'));
        }
      };
      for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules, false);
      await expect(printRules).toHaveLength(1);
      // Apply the print rule's declarations on screen for a moment: the list must show while closed.
      const probe = new CSSStyleSheet();
      probe.replaceSync(printRules[0]!.cssText);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, probe];
      await expect(details.open).toBe(false);
      await expect(list.checkVisibility()).toBe(true);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== probe);
      await expect(list.checkVisibility()).toBe(false);
    });

    await step('following a citation opens the list at its source', async () => {
      const cite = canvas.getByRole('link', { name: '[2]' });
      await expect(cite).toHaveAttribute('href', '#ref-belkaid-2014');
      // Navigate to the fragment itself: a click would resolve "#…" against the test
      // runner's <base> and leave the page.
      const before = `${location.pathname}${location.search}${location.hash}`;
      location.hash = 'ref-belkaid-2014';
      try {
        await waitFor(() => expect(details.open).toBe(true));
        await expect(canvasElement.querySelector('#ref-belkaid-2014')!.checkVisibility()).toBe(true);
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    await step('the summary toggles it too', async () => {
      const summary = details.querySelector('summary')!;
      await expect(summary).toHaveTextContent('Show sources (4)');
      await userEvent.click(summary);
      await expect(details.open).toBe(false);
    });
  },
};

/** Spanish labels and dates from `wellread/locales`. */
export const Spanish: Story = {
  args: { references: prefixed('es-'), locale: 'es', labels: es.articleBlocks, lang: 'es' },
};

/** Dark theme, with citations. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: WithCitations.render,
};

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'ar' },
  render: WithCitations.render,
};

/** Open and collapsible lists side by side. */
export const Variants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0 1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}>
      <References references={prefixed('open-')} heading="Open list" />
      <References references={prefixed('collapsed-')} heading="Collapsible list" collapsible />
    </div>
  ),
};
