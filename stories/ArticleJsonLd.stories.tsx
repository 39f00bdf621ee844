import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect } from 'storybook/test';
import { ArticleJsonLd, type ArticleJsonLdProps } from 'wellread';

/** Shows the JSON-LD the component wrote, pretty-printed (the script itself is invisible). */
function Preview(props: ArticleJsonLdProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [json, setJson] = useState('');
  useEffect(() => {
    const text = ref.current?.querySelector('script')?.textContent;
    setJson(text ? JSON.stringify(JSON.parse(text), null, 2) : '(nothing rendered)');
  });
  return (
    <div ref={ref}>
      <ArticleJsonLd {...props} />
      <pre tabIndex={0} aria-label={`${props.type ?? 'MedicalWebPage'} structured data`} style={{ overflow: 'auto', fontSize: '0.8125rem' }}>
        {json}
      </pre>
    </div>
  );
}

const meta = {
  title: 'Article/ArticleJsonLd',
  component: ArticleJsonLd,
  render: (args: ArticleJsonLdProps) => <Preview {...args} />,
  args: {
    title: 'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
    description: 'How the trillions of microbes in your gut shape how fast you bounce back after illness.',
    url: 'https://example.com/articles/gut-immune-link',
    image: '/images/gut-immune-link.jpg',
    authors: { name: 'Maya Lindqvist', href: '/authors/maya-lindqvist', credentials: 'Health writer' },
    reviewers: { name: 'Dr. Samuel Okafor', href: '/reviewers/samuel-okafor', credentials: 'MD, gastroenterologist' },
    published: '2026-09-14',
    updated: '2026-11-02',
    lastReviewed: '2026-11-02',
    publisher: { name: 'Wellread Health', url: 'https://example.com', logo: 'https://example.com/logo.png' },
    locale: 'en',
  },
} satisfies Meta<typeof ArticleJsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A schema.org MedicalWebPage with author, reviewedBy, dates and publisher. */
export const MedicalWebPage: Story = {
  play: async ({ canvasElement }) => {
    const data = JSON.parse(canvasElement.querySelector('script[type="application/ld+json"]')!.textContent!);
    await expect(data['@type']).toBe('MedicalWebPage');
    await expect(data.reviewedBy[0].name).toBe('Dr. Samuel Okafor');
    await expect(data.image).toEqual(['https://example.com/images/gut-immune-link.jpg']);
  },
};

/** An Article, whose web page carries the medical review. */
export const Article: Story = { args: { type: 'Article' } };

/** Content with `</script>` and `<!--` stays inside the script: the JSON is escaped, and parses back unchanged. */
export const HostileContent: Story = {
  args: { title: 'Gut </script><script>alert(1)</script> <!-- health & you' },
  play: async ({ canvasElement }) => {
    const scripts = canvasElement.querySelectorAll('script');
    await expect(scripts).toHaveLength(1);
    await expect(scripts[0]!.textContent).not.toMatch(/[<>&]/);
    await expect(JSON.parse(scripts[0]!.textContent!).headline).toBe('Gut </script><script>alert(1)</script> <!-- health & you');
  },
};

/** Invalid dates and unsafe URLs are left out. */
export const BadInput: Story = {
  args: { published: 'soon', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' },
};

/** Both types side by side. */
export const Variants: Story = {
  render: (args: ArticleJsonLdProps) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', gap: '1rem' }}>
      <Preview {...args} type="MedicalWebPage" />
      <Preview {...args} type="Article" />
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left. */
export const RightToLeft: Story = { args: { title: 'الأمعاء والمناعة: تعافٍ أسرع', locale: 'ar' }, globals: { dir: 'rtl', locale: 'ar' } };
