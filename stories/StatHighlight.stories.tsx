import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentPropsWithoutRef } from 'react';
import { expect } from 'storybook/test';
import { StatHighlight, type StatHighlightProps } from 'wellread';

const meta = {
  title: 'Article/StatHighlight',
  component: StatHighlight,
  parameters: { wellread: { labels: 'articleBlocks' } },
  args: {
    value: '70–80%',
    caption: 'of your immune system cells reside in your gut.',
    source: 'Vighi et al., Clinical & Experimental Immunology, 2008',
    sourceUrl: 'https://doi.org/10.1111/j.1365-2249.2008.03713.x',
  },
  // The toolbar's locale arrives as a `locale` arg, which StatHighlight does not take.
  render: ({ locale: _locale, ...args }: StatHighlightProps & { locale?: string }) => <StatHighlight {...args} />,
} satisfies Meta<typeof StatHighlight>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed's figure. The figure sits on its own line but stays inline with the caption,
 * so screen readers and copy/paste get "70–80% of your immune system cells reside in your gut."
 */
export const Default: Story = {
  play: async ({ canvas }) => {
    const value = canvas.getByText('70–80%');
    const statement = value.closest('p')!;
    await expect(statement.textContent).toBe('70–80% of your immune system cells reside in your gut.');
    // Block display would split the phrase into two lines for some screen readers.
    await expect(getComputedStyle(value).display).toBe('inline-block');
    await expect(canvas.getByRole('link', { name: /Vighi et al/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1111/j.1365-2249.2008.03713.x',
    );
  },
};

/** No source line. */
export const WithoutSource: Story = {
  args: { source: undefined, sourceUrl: undefined },
};

/** A source given only as a URL is named by its host. */
export const SourceUrlOnly: Story = {
  args: { value: '7–9 hours', caption: 'of sleep a night is what most adults need.', source: undefined, sourceUrl: 'https://www.nhs.uk/live-well/sleep-and-tiredness/' },
};

/** A long caption wraps under the figure. */
export const LongCaption: Story = {
  args: {
    value: '1 in 3',
    caption:
      'adults in the study reported digestive symptoms for weeks after a respiratory infection, most often bloating, irregular bowel movements and a reduced appetite.',
  },
};

// A site's mdx-components.tsx maps markdown's `p` to its own component, as here.
const SiteP = (props: ComponentPropsWithoutRef<'p'>) => <p className="docs-p" {...props} />;

/**
 * From MDX, with the caption on its own lines: MDX hands it over as a `<p>`. Its words join
 * the figure's paragraph, so the phrase stays whole. (A site that maps `p` to its own
 * component gets that component kept, after the figure, as in the next story.)
 */
export const FromMdx: Story = {
  args: { caption: undefined },
  render: ({ locale: _locale, ...args }: StatHighlightProps & { locale?: string }) => (
    <StatHighlight {...args}>
      <p>of your immune system cells reside in your gut.</p>
    </StatHighlight>
  ),
  play: async ({ canvas, canvasElement }) => {
    const statement = canvas.getByText('70–80%').parentElement!;
    await expect(statement.tagName).toBe('P');
    await expect(statement.textContent).toBe('70–80% of your immune system cells reside in your gut.');
    await expect(canvasElement.querySelector('p p')).toBeNull();
  },
};

/** From MDX with two paragraphs: they follow the figure in a `<div>`, never a paragraph in a paragraph. */
export const FromMdxParagraphs: Story = {
  args: { value: '1 in 3', caption: undefined, source: 'NHS', sourceUrl: undefined },
  render: ({ locale: _locale, ...args }: StatHighlightProps & { locale?: string }) => (
    <StatHighlight {...args}>
      <SiteP>adults in the study reported digestive symptoms for weeks after a respiratory infection.</SiteP>
      {'\n'}
      <SiteP>Most often bloating, irregular bowel movements and a reduced appetite.</SiteP>
    </StatHighlight>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('p :is(p, div, ul)')).toBeNull();
    await expect(canvas.getByText('1 in 3').parentElement!.textContent).toMatch(/^1 in 3 adults .* appetite\.$/s);
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: { value: '٧٠–٨٠٪', caption: 'من خلايا جهازك المناعي توجد في أمعائك.', source: 'Vighi وآخرون، 2008' },
  globals: { dir: 'rtl', locale: 'ar' },
};

/** With and without source, short and long, side by side. */
export const Variants: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0 1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))' }}>
      <StatHighlight value="70–80%" caption="of your immune system cells reside in your gut." source="Vighi et al., 2008" sourceUrl="https://doi.org/10.1111/j.1365-2249.2008.03713.x" />
      <StatHighlight value="7–9 hours" caption="of sleep a night." />
      <StatHighlight value="30 g" caption="of fiber a day is the recommended intake for adults; most people eat about 20 g." source="NHS" />
    </div>
  ),
};
