import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  ArticleLayout,
  ArticleSection,
  buildToc,
  ReadingProgress,
  slugify,
  TableOfContents,
  type ArticleLayoutProps,
} from 'wellread';
import fiber from './assets/fiber.svg?no-inline';

/*
 * The page frame with short placeholder content. The full seed article is the
 * Examples/Gut-Immune Link story.
 */

const entries = [
  { title: 'Your gut and your immune system' },
  { title: 'When the balance tips' },
  { title: 'Inflammation', level: 3 as const },
  { title: 'Small steps that help' },
];
const sections = buildToc(entries);

/** Placeholder body; `sections` gives its headings' ids (the table of contents uses the same). */
function Body({ level = 2, items = sections }: { level?: 2 | 3; items?: typeof sections }) {
  return (
    <>
      <p>
        Most of your immune cells live along your gut. The bacteria there train them, calm them down and call them up
        when a real threat appears. See the <a href="https://www.nhs.uk/">NHS website</a> for more.
      </p>
      {items.map((item) => (
        <ArticleSection key={item.id} {...item} level={item.level === 3 ? (level + 1) as 3 | 4 : level}>
          <p>
            A short placeholder paragraph for this section. Real articles put a few paragraphs, a list of key points or a
            caution here.
          </p>
        </ArticleSection>
      ))}
    </>
  );
}

function SharePlaceholder({ label }: { label: string }) {
  return (
    <p className="story-share" aria-label={label}>
      <a href="#share">Share</a>
    </p>
  );
}

const meta = {
  title: 'Article/ArticleLayout',
  component: ArticleLayout,
  parameters: { wellread: { labels: 'articleLayout' } },
  args: {
    title: 'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
    eyebrow: 'Gut health',
    dek: 'How the trillions of microbes in your gut shape how fast you bounce back after illness.',
    authors: { name: 'Maya Lindqvist', href: '#maya', credentials: 'Health writer' },
    reviewers: { name: 'Dr. Samuel Okafor', href: '#samuel', credentials: 'MD, gastroenterologist' },
    published: '2026-09-14',
    updated: '2026-11-02',
    readingTime: 7,
    lastReviewed: '2026-11-02',
    nextReview: '2029-11-02',
    url: 'https://example.com/articles/gut-immune-link',
    children: <Body />,
  },
} satisfies Meta<typeof ArticleLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One column at a comfortable measure: header, body and the review dates at the end. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expect(canvas.getByRole('article', { name: /Gut-Immune Link/ })).toBeVisible();
    await expect(canvas.getByText(/Page last reviewed/)).toBeVisible();
  },
};

/** A hero image with its size reserved (width and height), and a caption. */
export const WithHero: Story = {
  args: {
    image: { src: fiber, alt: 'A bowl of vegetables, beans and grains', width: 600, height: 400, caption: 'Fibre feeds the bacteria that calm inflammation.' },
  },
  play: async ({ canvas }) => {
    const image = canvas.getByRole('img', { name: /bowl of vegetables/ });
    await expect(image).toHaveAttribute('width', '600');
    // The box has its height before the image arrives.
    await expect(image.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

/** Share bars above and below the text and a table of contents before it. */
export const WithShareAndContents: Story = {
  args: {
    shareTop: <SharePlaceholder label="Share this article" />,
    shareBottom: <SharePlaceholder label="Share this article (end)" />,
    toc: <TableOfContents items={sections} />,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  },
};

/** `wide`: the hero image spans the whole frame (up to 80rem); header and text keep their measure. */
export const Wide: Story = {
  args: { variant: 'wide', image: { src: fiber, alt: '', width: 600, height: 400 } },
  parameters: { layout: 'fullscreen' },
};

/** `sidebar`: from 64rem of article width, the contents and share rail sit beside the text and stay in view. */
export const Sidebar: Story = {
  args: {
    variant: 'sidebar',
    toc: <TableOfContents items={sections} />,
    shareRail: <SharePlaceholder label="Share this article" />,
  },
  parameters: { layout: 'fullscreen' },
};

/** A reading progress bar at the top of the viewport. */
export const WithProgress: Story = {
  args: { progress: <ReadingProgress /> },
};

/** The footer slots in order: review dates, disclaimer, references, related reads, anything else. */
export const WithFooter: Story = {
  args: {
    disclaimer: <p>This article is for information only and is not medical advice.</p>,
    references: <p>References would go here.</p>,
    related: <p>Related articles would go here.</p>,
    footer: <p>© Wellread Health</p>,
  },
};

/** A site's own header; the layout renders the rest. */
export const OwnHeader: Story = {
  args: {
    header: (
      <header>
        <h1>Our own header component</h1>
      </header>
    ),
  },
};

/** Narrow screens (and 400 % zoom): everything stacks in one column. */
export const Narrow: Story = {
  args: { variant: 'sidebar', toc: <TableOfContents items={sections} />, shareRail: <SharePlaceholder label="Share this article" /> },
  render: (args: ArticleLayoutProps) => (
    <div style={{ maxInlineSize: 320, border: '1px dashed currentColor' }}>
      <ArticleLayout {...args} />
    </div>
  ),
};

/** The three variants one after another. Each uses its own header with an h2, so the page keeps a single outline. */
export const Variants: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args: ArticleLayoutProps) => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {(['default', 'wide', 'sidebar'] as const).map((variant) => {
        // Ids unique on the page, although the three articles share their headings.
        const items = buildToc(entries.map((entry) => ({ ...entry, id: `${variant}-${slugify(entry.title)}` })));
        return (
        <ArticleLayout
          key={variant}
          {...args}
          variant={variant}
          aria-label={`Variant ${variant}`}
          header={<h2>Variant “{variant}”</h2>}
          image={{ src: fiber, alt: '', width: 600, height: 400 }}
          toc={<TableOfContents items={items} headingLevel={3} highlight={false} labels={{ toc: `On this page (${variant})` }} />}
          shareRail={<SharePlaceholder label={`Share (${variant})`} />}
        >
          <Body level={3} items={items} />
        </ArticleLayout>
        );
      })}
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = {
  args: { toc: <TableOfContents items={sections} /> },
  globals: { theme: 'dark' },
};

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: {
    title: 'الأمعاء والمناعة: تعافٍ أسرع',
    eyebrow: 'صحة الأمعاء',
    dek: 'كيف تؤثر الميكروبات في أمعائك على سرعة تعافيك بعد المرض.',
    authors: { name: 'مايا ليندكفيست' },
    reviewers: { name: 'د. صموئيل أوكافور', credentials: 'طبيب' },
    toc: <TableOfContents items={sections} />,
  },
  globals: { dir: 'rtl', locale: 'ar' },
};
