import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ArticleSection, type ArticleSectionProps } from 'wellread';

const paragraph = (
  <p>
    Think of your gut as the command center for your body&rsquo;s defenses. A staggering 70–80% of your immune system
    cells actually reside in your gut.
  </p>
);

const meta = {
  title: 'Article/ArticleSection',
  component: ArticleSection,
  parameters: { wellread: { labels: 'articleLayout' } },
  args: { title: 'Your Gut: The Unsung Hero of Your Immune System', children: paragraph },
} satisfies Meta<typeof ArticleSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An h2 with an id from its text, and a "#" link to itself that shows on hover and on keyboard focus. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 2 });
    await expect(heading).toHaveAttribute('id', 'your-gut-the-unsung-hero-of-your-immune-system');
    const link = canvas.getByRole('link', { name: 'Link to section: Your Gut: The Unsung Hero of Your Immune System' });
    await userEvent.tab();
    await expect(link).toHaveFocus();
    // Hidden until hovered, but never from the keyboard: focus shows it.
    await waitFor(() => expect(getComputedStyle(link).opacity).toBe('1'));
  },
};

/** Sections inside sections: h2, h3, h4. */
export const Nested: Story = {
  render: (args: ArticleSectionProps) => (
    <ArticleSection {...args} title="When Your Gut Isn’t Happy">
      {paragraph}
      <ArticleSection title="Chronic Low-Grade Inflammation" level={3} labels={args.labels}>
        {paragraph}
        <ArticleSection title="What “leaky gut” means" level={4} labels={args.labels}>
          {paragraph}
        </ArticleSection>
      </ArticleSection>
    </ArticleSection>
  ),
};

/** Non-Latin text keeps its letters in the id; emoji are dropped. */
export const Unicode: Story = {
  args: { title: 'Ernährung & Darm 🥦' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).toHaveAttribute('id', 'ernährung-darm');
  },
};

/** An explicit id (e.g. from `buildToc`, for repeated headings). */
export const ExplicitId: Story = { args: { id: 'gut-hero' } };

/** No anchor link. */
export const WithoutAnchor: Story = { args: { anchor: false } };

/** The three levels side by side. */
export const Variants: Story = {
  render: (args: ArticleSectionProps) => (
    <div>
      <ArticleSection {...args} title="Level 2 heading" level={2}>
        {paragraph}
        <ArticleSection title="Level 3 heading" level={3} labels={args.labels}>
          {paragraph}
          <ArticleSection title="Level 4 heading" level={4} labels={args.labels}>
            {paragraph}
          </ArticleSection>
        </ArticleSection>
      </ArticleSection>
      <ArticleSection {...args} title="Without the anchor" anchor={false}>
        {paragraph}
      </ArticleSection>
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic: the anchor follows the heading on the left. */
export const RightToLeft: Story = {
  args: { title: 'الأمعاء: البطل المجهول لجهاز المناعة', children: <p>يعيش معظم خلايا جهاز المناعة في الأمعاء.</p> },
  globals: { dir: 'rtl', locale: 'ar' },
};
