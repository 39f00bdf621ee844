import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SeedArticle } from '../tests/fixtures/SeedArticle';

/**
 * The reference article, rebuilt from wellread's components: reading time, title, share
 * bar, contents, sections with key points, the stat, the seven steps as a checklist with
 * its caution, the closing, sources, disclaimer, review dates and related reads. Every
 * sentence of the seed is here, in order (tests/SeedArticle*.test.tsx check it).
 */
const meta = {
  title: 'Examples/Gut-Immune Link',
  component: SeedArticle,
  parameters: { layout: 'fullscreen' },
  args: { url: 'https://example.com/articles/gut-immune-link' },
  beforeEach: () => {
    window.localStorage.removeItem('wellread:tip-checklist:gut-recovery-steps');
  },
} satisfies Meta<typeof SeedArticle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole article, as a health site would publish it. */
export const Article: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
    );
    await expect(canvas.getByText('7 min read')).toBeVisible();
    await expect(canvas.getByRole('link', { name: /Share on X/ })).toHaveAttribute(
      'href',
      expect.stringContaining('x.com'),
    );
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(7);
  },
};
