import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ArticleSection, buildToc, TableOfContents, type TableOfContentsProps } from 'wellread';

const seedSections = buildToc([
  { title: 'Your Gut: The Unsung Hero of Your Immune System' },
  { title: 'When Your Gut Isn’t Happy, Your Immune Recovery Suffers' },
  { title: 'Chronic Low-Grade Inflammation', level: 3 },
  { title: 'Weakened Immune Cell Function', level: 3 },
  { title: 'Limited Production of Immune-Boosting Compounds', level: 3 },
  { title: 'The Good News: A Thriving Gut Means Faster Recovery' },
  { title: 'Nurture Your Gut for Optimal Recovery' },
]);

const meta = {
  title: 'Article/TableOfContents',
  component: TableOfContents,
  parameters: { wellread: { labels: 'articleLayout' } },
  args: { items: seedSections },
} satisfies Meta<typeof TableOfContents>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article's sections: plain `#id` links, nested by level, that work without JavaScript. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'On this page' });
    await expect(nav.querySelectorAll('a')).toHaveLength(7);
    await expect(canvas.getByRole('link', { name: 'Chronic Low-Grade Inflammation' })).toHaveAttribute(
      'href',
      '#chronic-low-grade-inflammation',
    );
  },
};

/** Only top-level sections. */
export const Flat: Story = {
  args: { items: seedSections.filter((item) => item.level === 2) },
};

/** Three levels deep. */
export const Nested: Story = {
  args: {
    items: buildToc([
      { title: 'Eat for your microbes' },
      { title: 'Fibre', level: 3 },
      { title: 'Soluble fibre', level: 4 },
      { title: 'Insoluble fibre', level: 4 },
      { title: 'Fermented foods', level: 3 },
      { title: 'Rest and move' },
    ]),
  },
};

/**
 * With the sections on the page: scrolling marks the current section's link with
 * `aria-current="true"` (IntersectionObserver, after hydration).
 */
export const CurrentSection: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args: TableOfContentsProps) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 16rem) minmax(0, 40rem)', gap: '2rem', padding: '1rem' }}>
      <div>
        <div style={{ position: 'sticky', top: '1rem' }}>
          <TableOfContents {...args} />
        </div>
      </div>
      <div>
        {seedSections.map((item) => (
          <ArticleSection key={item.id} {...item} labels={args.labels}>
            <p style={{ minBlockSize: '80vh' }}>Section text.</p>
          </ArticleSection>
        ))}
      </div>
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const target = canvasElement.ownerDocument.getElementById('weakened-immune-cell-function')!;
    target.scrollIntoView({ block: 'start' });
    const link = canvas.getByRole('link', { name: 'Weakened Immune Cell Function' });
    await waitFor(() => expect(link).toHaveAttribute('aria-current', 'true'));
    await expect(canvasElement.querySelectorAll('.wr-toc [aria-current]')).toHaveLength(1);
    // Keyboard: the links are ordinary links.
    canvasElement.ownerDocument.defaultView!.scrollTo(0, 0);
    await waitFor(() => expect(link).not.toHaveAttribute('aria-current'));
    await userEvent.tab();
    await expect(canvas.getAllByRole('link')[0]).toHaveFocus();
  },
};

/** Flat, nested and a localised heading side by side. */
export const Variants: Story = {
  render: (args: TableOfContentsProps) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem', alignItems: 'start' }}>
      <TableOfContents {...args} labels={{ ...args.labels, toc: 'On this page (nested)' }} style={{ inlineSize: '20rem' }} />
      <TableOfContents
        {...args}
        items={seedSections.filter((item) => item.level === 2)}
        labels={{ ...args.labels, toc: 'On this page (flat)' }}
        style={{ inlineSize: '20rem' }}
      />
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: {
    items: buildToc([
      { title: 'الأمعاء: البطل المجهول' },
      { title: 'عندما تختل الأمعاء' },
      { title: 'الالتهاب المزمن', level: 3 },
      { title: 'خطوات بسيطة' },
    ]),
  },
  globals: { dir: 'rtl', locale: 'ar' },
};
