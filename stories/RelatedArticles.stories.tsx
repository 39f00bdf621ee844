import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { RelatedArticles, type RelatedArticle, type RelatedArticlesLinkProps } from 'wellread';
// Local files: stories never load pictures from another origin. `?no-inline` keeps Vite
// from turning these small files into data: URLs, which RelatedArticles refuses.
import fermented from './assets/fermented.svg?no-inline';
import fiber from './assets/fiber.svg?no-inline';
import sleep from './assets/sleep.svg?no-inline';
import stress from './assets/stress.svg?no-inline';
import walk from './assets/walk.svg?no-inline';
import water from './assets/water.svg?no-inline';

// The pictures only decorate: the title already names each card, so alt is empty.
const picture = (src: string) => ({ src, alt: '', width: 600, height: 400 });

/** Follow-up reads for the seed article, "The Gut–Immune Link". */
const reads: RelatedArticle[] = [
  {
    href: '/articles/fermented-foods-for-beginners',
    title: 'Fermented Foods for Beginners: Where to Start',
    excerpt: 'Yogurt, kefir, kimchi and more: how to add them to your week without upsetting your stomach.',
    image: picture(fermented),
    category: 'Gut health',
    readingTimeMinutes: 5,
    date: '2026-03-15',
  },
  {
    href: '/articles/sleep-and-immunity',
    title: 'Why Sleep Is Your Immune System’s Night Shift',
    excerpt: 'What happens to your defences while you sleep, and how to get the hours you need.',
    image: picture(sleep),
    category: 'Sleep',
    readingTimeMinutes: 6,
    date: '2026-02-02',
  },
  {
    href: '/articles/fiber-guide',
    title: 'A Practical Guide to Eating More Fiber',
    excerpt: 'Simple swaps that take you from the average intake to the recommended one.',
    image: picture(fiber),
    category: 'Nutrition',
    readingTimeMinutes: 4,
    date: '2026-01-20',
  },
  {
    href: '/articles/hydration',
    title: 'How Much Water Do You Really Need?',
    excerpt: 'Thirst, climate and exercise: a realistic look at the eight-glasses rule.',
    image: picture(water),
    category: 'Everyday health',
    readingTimeMinutes: 3,
    date: '2025-12-08',
  },
  {
    href: '/articles/stress-and-the-gut',
    title: 'Stress and the Gut–Brain Axis, Explained',
    excerpt: 'Why a tense week can upset your stomach, and what calms both.',
    image: picture(stress),
    category: 'Mind',
    readingTimeMinutes: 7,
    date: '2025-11-30',
  },
  {
    href: '/articles/gentle-exercise',
    title: 'Gentle Exercise That Helps Your Microbiome',
    excerpt: 'A daily walk counts. What the studies say about movement and gut diversity.',
    image: picture(walk),
    category: 'Movement',
    readingTimeMinutes: 5,
    date: '2025-11-02',
  },
];

const withoutPictures: RelatedArticle[] = reads.map(({ image: _image, ...article }) => article);

const meta = {
  title: 'Components/RelatedArticles',
  component: RelatedArticles,
  parameters: { wellread: { labels: 'relatedArticles' } },
  args: { articles: reads.slice(0, 3), variant: 'grid' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['grid', 'list', 'compact', 'carousel'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
} satisfies Meta<typeof RelatedArticles>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article's three follow-up reads: one to three columns, by the width of the container. */
export const Grid: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Related Articles' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('article')).toHaveLength(3);
    await expect(canvas.getByRole('link', { name: 'A Practical Guide to Eating More Fiber' })).toHaveAttribute(
      'href',
      '/articles/fiber-guide',
    );
  },
};

/** No article has a picture: text cards, no placeholders. */
export const GridWithoutPictures: Story = { args: { articles: withoutPictures.slice(0, 3) } };

/** Some pictures missing: a neutral box of the same shape keeps the row even. */
export const MissingPictures: Story = {
  args: { articles: [reads[0]!, withoutPictures[1]!, reads[2]!] },
};

/** Thumbnail beside the text. */
export const List: Story = { args: { variant: 'list' } };

export const ListWithoutPictures: Story = { args: { variant: 'list', articles: withoutPictures.slice(0, 3) } };

/** Titles only, for sidebars; pictures in the data are not shown. */
export const Compact: Story = {
  args: { variant: 'compact', articles: reads.slice(0, 5) },
  render: (args) => (
    <div style={{ maxInlineSize: '20rem' }}>
      <RelatedArticles {...args} />
    </div>
  ),
};

/**
 * A row that scrolls sideways by touch, trackpad or keyboard (Tab to it, then the arrow
 * keys) with no JavaScript; with JavaScript, buttons scroll by one card.
 */
export const Carousel: Story = {
  args: { variant: 'carousel', articles: reads },
  play: async ({ canvas }) => {
    const scroller = canvas.getByRole('group', { name: 'Scrollable list of articles' });
    const previous = await canvas.findByRole('button', { name: 'Previous articles' });
    const next = canvas.getByRole('button', { name: 'Next articles' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toHaveAttribute('aria-disabled', 'false');

    const [first, second] = scroller.querySelectorAll('li');
    const card = Math.abs(second!.offsetLeft - first!.offsetLeft);
    await userEvent.click(next);
    // scrollLeft runs negative in right-to-left pages.
    await waitFor(() => expect(Math.abs(Math.abs(scroller.scrollLeft) - card)).toBeLessThan(2), { timeout: 3000 });
    await expect(previous).toHaveAttribute('aria-disabled', 'false');

    const rtl = getComputedStyle(scroller).direction === 'rtl';
    scroller.scrollTo({ left: (rtl ? -1 : 1) * scroller.scrollWidth, behavior: 'instant' });
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'true'));
    await expect(previous).toHaveAttribute('aria-disabled', 'false');
  },
};

export const CarouselWithoutPictures: Story = { args: { variant: 'carousel', articles: withoutPictures } };

const longTitles: RelatedArticle[] = [
  {
    href: '/articles/long-1',
    title:
      'What Your Gut Bacteria, Your Immune System and Your Sleep Have to Do With Each Other, According to Twenty Years of Research in Three Continents',
    excerpt:
      'An excerpt that goes on for longer than three lines is cut off with an ellipsis so the cards in a row stay close in height, while the whole text is still read out by screen readers.',
    image: picture(fermented),
    category: 'Gut health and the immune system',
    readingTimeMinutes: 14,
    date: '2026-03-01',
  },
  {
    href: '/articles/long-2',
    title: 'Pneumonoultramicroscopicsilicovolcanoconiosis and other very long words that must wrap',
    image: picture(water),
    readingTimeMinutes: 2,
  },
  { href: '/articles/long-3', title: 'Short', image: picture(walk), category: 'Movement' },
];

/** Long titles wrap (even unbroken words); long excerpts stop after three lines. */
export const LongTitles: Story = { args: { articles: longTitles } };

export const LongTitlesInAList: Story = { args: { articles: longTitles, variant: 'list' } };

/** Twelve articles, `limit={9}`: only nine cards are built. */
export const ManyItems: Story = {
  args: {
    limit: 9,
    articles: [...reads, ...reads].map((article, i) => ({ ...article, href: `${article.href}-${i}` })),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(9);
  },
};

const arabicReads: RelatedArticle[] = [
  {
    href: '/ar/articles/fermented-foods',
    title: 'الأطعمة المخمّرة للمبتدئين: من أين تبدأ',
    excerpt: 'اللبن والكفير والكيمتشي: كيف تضيفها إلى أسبوعك دون إزعاج معدتك.',
    image: picture(fermented),
    category: 'صحة الأمعاء',
    readingTimeMinutes: 5,
    date: '2026-03-15',
  },
  {
    href: '/ar/articles/sleep',
    title: 'لماذا يعمل جهازك المناعي في الليل',
    excerpt: 'ما الذي يحدث لدفاعاتك أثناء النوم، وكيف تحصل على الساعات التي تحتاجها.',
    image: picture(sleep),
    category: 'النوم',
    readingTimeMinutes: 2,
    date: '2026-02-02',
  },
  {
    href: '/ar/articles/fiber',
    title: 'دليل عملي لتناول المزيد من الألياف',
    image: picture(fiber),
    category: 'التغذية',
    readingTimeMinutes: 4,
  },
];

/** Arabic, right to left: the picture sits on the right in the list, the carousel scrolls leftwards. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'ar' },
  args: { articles: arabicReads, variant: 'list' },
};

export const RightToLeftCarousel: Story = {
  globals: { dir: 'rtl', locale: 'ar' },
  args: { articles: [...arabicReads, ...arabicReads].map((a, i) => ({ ...a, href: `${a.href}-${i}` })), variant: 'carousel' },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { articles: reads, variant: 'grid', limit: 3 },
};

export const DarkCarousel: Story = {
  globals: { theme: 'dark' },
  args: { articles: reads, variant: 'carousel' },
};

/** Stands in for React Router's `<Link to>`: it takes `to`, not `href`. */
function RouterLink({ to, ...rest }: { to: string } & Omit<ComponentPropsWithoutRef<'a'>, 'href'>) {
  return <a href={to} data-router-link="" {...rest} />;
}

/** The adapter a React Router site writes once: `href` in, `to` out. */
function RouterLinkAdapter({ href, ...rest }: RelatedArticlesLinkProps) {
  return <RouterLink to={href} {...rest} />;
}

/** `linkComponent`: the site's router link renders every card link. */
export const CustomLinkComponent: Story = {
  args: { linkComponent: RouterLinkAdapter },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Why Sleep Is Your Immune System’s Night Shift' });
    await expect(link).toHaveAttribute('data-router-link');
    await expect(link).toHaveAttribute('href', '/articles/sleep-and-immunity');
  },
};

/** No heading (the page has one); `aria-label` names the section instead. */
export const WithoutHeading: Story = {
  args: { heading: null, 'aria-label': 'More on gut health', variant: 'compact' },
};

/**
 * Bad data: unsafe links (javascript:, data:, vbscript:), a repeated link and a missing
 * title are left out (with a warning in development); three good cards remain.
 */
export const BadInput: Story = {
  args: {
    articles: [
      { href: 'javascript:alert(1)', title: 'Unsafe link' },
      { href: ' DATA:text/html,<script>alert(1)</script>', title: 'Unsafe data link' },
      { href: 'vb\tscript:msgbox(1)', title: 'Unsafe VBScript link' },
      reads[0]!,
      { ...reads[0]!, title: 'The same page again' },
      { href: '/articles/untitled', title: '   ' },
      { ...reads[1]!, image: { ...picture(sleep), src: 'javascript:alert(1)' } },
      reads[2]!,
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(3);
    await expect(canvas.queryByRole('link', { name: /unsafe|same page/i })).toBeNull();
  },
};

/**
 * In a sidebar sized by its content (a flex item or an `auto` grid column), the list keeps
 * the width of its titles rather than collapsing.
 */
export const InASidebar: Story = {
  args: { variant: 'compact', heading: 'More on gut health' },
  render: (args) => (
    <div style={{ display: 'flex', gap: '2rem', alignItems: 'flex-start' }}>
      <p style={{ flex: 1, margin: 0 }}>The article’s text runs here, beside the sidebar.</p>
      <div>
        <RelatedArticles {...args} />
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'More on gut health' });
    await expect(section.getBoundingClientRect().width).toBeGreaterThan(150);
    await expect(canvas.getAllByRole('link')).toHaveLength(3);
  },
};

/** A 220px column with a long unbroken heading and category: they wrap, and nothing overflows. */
export const NarrowColumn: Story = {
  args: {
    heading: 'Gastroenterologyandhepatologyresources',
    articles: [{ ...reads[0]!, category: 'Gastroenterology/Hepatology/Nutrition' }, reads[1]!],
  },
  render: (args) => (
    <div style={{ width: 220 }}>
      <RelatedArticles {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const element of canvasElement.querySelectorAll<HTMLElement>('section, .wr-related-card')) {
      await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(220);
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    }
  },
};

/** A picture that fails to load (an expired CDN link) shows the neutral placeholder, and the card stays one link. */
export const BrokenPicture: Story = {
  args: {
    articles: [{ ...reads[0]!, image: { ...picture(fermented), src: '/expired-cdn/fermented.svg' } }, reads[1]!, reads[2]!],
  },
  play: async ({ canvas, canvasElement }) => {
    const img = canvasElement.querySelector('img')!;
    // Lazy: the browser only fetches it near the viewport.
    img.scrollIntoView({ block: 'center' });
    await waitFor(() => expect(img.complete && img.naturalWidth === 0).toBe(true), { timeout: 3000 });
    const { x, y, width, height } = img.getBoundingClientRect();
    await expect(height).toBeGreaterThan(0);
    const hit = document.elementFromPoint(x + width / 2, y + height / 2);
    await expect(hit).toBe(canvas.getByRole('link', { name: reads[0]!.title }));
  },
};

/** The carousel's buttons follow its column and its cards: a column that narrows, cards that arrive later. */
function ChangingColumn(args: Parameters<typeof RelatedArticles>[0]) {
  const [wide, setWide] = useState(true);
  const [count, setCount] = useState(2);
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <div style={{ display: 'flex', gap: '1rem' }}>
        <button type="button" onClick={() => setWide(false)}>
          Narrow the column
        </button>
        <button type="button" onClick={() => setCount(6)}>
          Load more articles
        </button>
      </div>
      <div style={{ width: wide ? '40rem' : '20rem' }}>
        <RelatedArticles {...args} articles={reads.slice(0, count)} />
      </div>
    </div>
  );
}

export const CarouselInAChangingColumn: Story = {
  args: { variant: 'carousel' },
  render: (args) => <ChangingColumn {...args} />,
  play: async ({ canvas }) => {
    const previous = await canvas.findByRole('button', { name: 'Previous articles' });
    const next = canvas.getByRole('button', { name: 'Next articles' });
    // Two cards fit: nothing to scroll.
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'true'));
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Narrow the column' }));
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'false'));
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next);
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(canvas.getByRole('button', { name: 'Load more articles' }));
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'false'));
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
  },
};

/** A topic hub with two rows: each carousel's scroller is a named group, not another landmark. */
export const TwoCarouselsOnAPage: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <RelatedArticles {...args} variant="carousel" heading="More on gut health" articles={reads.slice(0, 4)} />
      <RelatedArticles {...args} variant="carousel" heading="More on sleep" articles={withoutPictures.slice(1)} />
    </div>
  ),
};

/** Every variant at once, for designers. Each has its own heading, so each landmark has its own name. */
export const Variants: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      <RelatedArticles {...args} articles={reads.slice(0, 3)} variant="grid" heading="Grid" />
      <div style={{ display: 'grid', gap: '3rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        <RelatedArticles {...args} articles={reads.slice(0, 3)} variant="list" heading="List" />
        <RelatedArticles {...args} articles={reads} variant="compact" heading="Compact" />
      </div>
      <RelatedArticles {...args} articles={reads} variant="carousel" heading="Carousel" />
    </div>
  ),
};
