import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ArticleHeader, type ArticleHeaderProps } from 'wellread';
import maya from './assets/avatar-maya.svg?no-inline';
import tom from './assets/avatar-tom.svg?no-inline';

const meta = {
  title: 'Article/ArticleHeader',
  component: ArticleHeader,
  parameters: { wellread: { labels: 'articleLayout' } },
  // Inside an <article>, as in ArticleLayout; alone, a <header> would be the page's banner landmark.
  decorators: [
    (Story) => (
      <article aria-label="Example article">
        <Story />
      </article>
    ),
  ],
  args: {
    eyebrow: 'Gut health',
    title: 'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
    dek: 'How the trillions of microbes in your gut shape how fast you bounce back after illness.',
    authors: { name: 'Maya Lindqvist', href: '#maya', credentials: 'Health writer' },
    reviewers: { name: 'Dr. Samuel Okafor', href: '#samuel', credentials: 'MD, gastroenterologist' },
    published: '2026-09-14',
    updated: '2026-11-02',
    readingTime: 7,
  },
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Eyebrow, title, dek, byline and the meta line with dates and "7 min read". */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(/^Gut-Immune Link/);
    await expect(canvas.getByText('7 min read')).toHaveAttribute('datetime', 'PT7M');
    await expect(canvas.getByText(/Medically reviewed by/)).toHaveTextContent('Dr. Samuel Okafor, MD, gastroenterologist');
  },
};

/** Just the title. */
export const TitleOnly: Story = {
  args: { eyebrow: undefined, dek: undefined, authors: undefined, reviewers: undefined, published: undefined, updated: undefined, readingTime: undefined },
};

/** Two authors with portraits; the list words come from `Intl.ListFormat`. */
export const SeveralAuthors: Story = {
  args: {
    authors: [
      { name: 'Maya Lindqvist', href: '#maya', avatar: { src: maya, width: 80, height: 80 } },
      { name: 'Tom Reyes', avatar: { src: tom, width: 80, height: 80 } },
    ],
  },
};

/** A site's own byline; the meta line stays. */
export const OwnByline: Story = {
  args: { byline: <p>By the Wellread editorial team</p> },
};

/** An invalid update date is left out (with a warning in development), never "Invalid Date". */
export const InvalidDate: Story = {
  args: { updated: 'not a date' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toMatch(/Invalid|Updated/);
  },
};

/** Headers for a short and a long title, with and without extras. */
export const Variants: Story = {
  render: (args: ArticleHeaderProps) => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      <ArticleHeader {...args} />
      <article aria-label="Short title">
        <ArticleHeader {...args} eyebrow={undefined} dek={undefined} reviewers={undefined} title="Sleep and recovery" readingTime={3} />
      </article>
      <article aria-label="Long title">
        <ArticleHeader
          {...args}
          title="Why a Diverse, Fibre-Rich Diet Is One of the Most Reliable Ways to Support the Trillions of Microbes That Help Your Immune System Recover"
          meta={<span>Updated for 2026</span>}
        />
      </article>
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: {
    eyebrow: 'صحة الأمعاء',
    title: 'الأمعاء والمناعة: تعافٍ أسرع',
    dek: 'كيف تؤثر الميكروبات في أمعائك على سرعة تعافيك بعد المرض.',
    authors: [{ name: 'مايا ليندكفيست' }, { name: 'توم رييس' }],
    reviewers: { name: 'د. صموئيل أوكافور', credentials: 'طبيب' },
  },
  globals: { dir: 'rtl', locale: 'ar' },
};
