import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, spyOn } from 'storybook/test';
import { ShareBar } from 'wellread';

const url = 'https://example.com/articles/gut-immune-link';
const allNetworks = [
  'x',
  'linkedin',
  'facebook',
  'email',
  'whatsapp',
  'reddit',
  'bluesky',
  'threads',
  'pinterest',
  'telegram',
  'copy',
  'native',
] as const;

const meta = {
  title: 'Components/ShareBar',
  component: ShareBar,
  parameters: { wellread: { labels: 'shareBar' } },
  args: {
    url,
    title: 'Gut-Immune Link: Recover Stronger, Feel Better Sooner',
    text: 'How your gut microbiome helps your immune system recover.',
    onShare: fn(),
  },
} satisfies Meta<typeof ShareBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article's "Share:" line: X, LinkedIn, Facebook, email and copy link. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const linkedin = canvas.getByRole('link', { name: 'Share on LinkedIn (opens in a new tab)' });
    await expect(linkedin).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    await expect(linkedin).toHaveAttribute('target', '_blank');
    await expect(canvas.getByRole('button', { name: 'Copy link' })).toBeVisible();
  },
};

/** Every network, in `shareNetworks` order, then copy link and the share sheet (shown only where the browser has one). */
export const EveryNetwork: Story = {
  args: { networks: allNetworks, hashtags: ['guthealth'], via: 'wellread', media: 'https://example.com/cover.jpg' },
};

/** Icons alone: each control keeps its full accessible name. */
export const IconsOnly: Story = { args: { display: 'icons', networks: allNetworks } };

/** Names alone. */
export const LabelsOnly: Story = { args: { display: 'labels' } };

/** 32 px controls (still above the 24 px minimum target). */
export const Small: Story = { args: { size: 'sm' } };

/** 52 px controls. */
export const Large: Story = { args: { size: 'lg' } };

/** Round icon buttons. */
export const Circle: Story = { args: { shape: 'circle', display: 'icons' } };

/** Square corners. */
export const Square: Story = { args: { shape: 'square' } };

/** The theme's neutral colours instead of each network's. */
export const Mono: Story = { args: { color: 'mono', networks: allNetworks } };

/** "Share:" is kept for screen readers only. */
export const HiddenLabel: Story = { args: { hideLabel: true, display: 'icons' } };

/** A column that stays in view beside the article while the page scrolls. */
export const VerticalRail: Story = {
  args: { orientation: 'vertical', display: 'icons', shape: 'circle' },
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 40rem)', gap: '2rem', alignItems: 'start' }}>
      <ShareBar {...args} />
      <div>
        {Array.from({ length: 6 }, (_, i) => (
          <p key={i}>
            Your gut lining is a major interface with the outside world, and a critical checkpoint for telling friend
            from foe. The “good” bacteria in your gut communicate constantly with your immune cells.
          </p>
        ))}
      </div>
    </div>
  ),
};

/** The copy flow: the Clipboard API succeeds and “Link copied” is announced politely. */
export const Copied: Story = {
  // In real Chromium, writeText after a synthetic click never resolves: stub it.
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy link' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(url);
    await expect(canvas.getByRole('status')).toHaveTextContent('Link copied');
    await expect(args.onShare).toHaveBeenCalledWith('copy');
  },
};

/** The Clipboard API refused: the link is shown selected, to copy by hand. */
export const CopyFallback: Story = {
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    return () => writeText.mockRestore();
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy link' }));
    const field = await canvas.findByRole('textbox', { name: 'Link to this page' });
    await expect(field).toHaveValue(url);
    await expect(field).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent('Press Ctrl+C / ⌘C to copy');
  },
};

/** Where the browser has a share sheet (`navigator.share`), "Share via…" opens it. */
export const NativeAvailable: Story = {
  args: { networks: ['x', 'linkedin', 'copy', 'native'] },
  beforeEach: () => {
    Object.defineProperty(navigator, 'share', { value: fn(async () => {}), configurable: true, writable: true });
    return () => {
      Reflect.deleteProperty(navigator, 'share');
    };
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Share via…' }));
    await expect(navigator.share).toHaveBeenCalledWith({ url, title: args.title, text: args.text });
    await expect(args.onShare).toHaveBeenCalledWith('native');
  },
};

/** With JavaScript a link opens a centred window (stubbed here) instead of a tab, and reports the share. */
export const PopupWindow: Story = {
  beforeEach: () => {
    const open = spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window);
    return () => open.mockRestore();
  },
  play: async ({ canvas, userEvent, args }) => {
    const x = canvas.getByRole('link', { name: 'Share on X (opens in a new tab)' });
    await userEvent.click(x);
    await expect(window.open).toHaveBeenCalledWith(x.getAttribute('href'), 'wr-share', expect.stringContaining('width=600,height=500'));
    await expect(args.onShare).toHaveBeenCalledWith('x');
  },
};

/** Campaign parameters are added to the shared URL; `utm_source` is the network. */
export const WithUtm: Story = {
  args: { url: `${url}?ref=home#sources`, utm: { medium: 'social', campaign: 'spring' } },
  play: async ({ canvas }) => {
    const href = canvas.getByRole('link', { name: 'Share on LinkedIn (opens in a new tab)' }).getAttribute('href')!;
    await expect(new URL(href).searchParams.get('url')).toBe(
      `${url}?ref=home&utm_medium=social&utm_campaign=spring&utm_source=linkedin#sources`,
    );
  },
};

/** Dark theme, brand colours. */
export const Dark: Story = { args: { networks: allNetworks }, globals: { theme: 'dark' } };

/** Dark theme, neutral colours. */
export const DarkMono: Story = { args: { networks: allNetworks, color: 'mono' }, globals: { theme: 'dark' } };

/** Right to left, in Arabic: the row starts on the right; the DOM order is unchanged. */
export const RightToLeft: Story = { args: { networks: allNetworks }, globals: { dir: 'rtl', locale: 'ar' } };

/** Spanish from `wellread/locales`. */
export const Spanish: Story = { globals: { locale: 'es' } };

type Props = ComponentProps<typeof ShareBar>;
const groups: { heading: string; variants: [string, Partial<Props>][] }[] = [
  { heading: 'Display', variants: [['both', {}], ['icons', { display: 'icons' }], ['labels', { display: 'labels' }]] },
  { heading: 'Size', variants: [['sm', { size: 'sm' }], ['md', {}], ['lg', { size: 'lg' }]] },
  {
    heading: 'Shape',
    variants: [
      ['rounded', { display: 'icons' }],
      ['circle', { shape: 'circle', display: 'icons' }],
      ['square', { shape: 'square', display: 'icons' }],
    ],
  },
  { heading: 'Colour', variants: [['brand', {}], ['mono', { color: 'mono' }]] },
  { heading: 'Orientation', variants: [['horizontal', { display: 'icons' }], ['vertical', { orientation: 'vertical' }]] },
];

/** Every variant side by side, for designers. */
export const Variants: Story = {
  args: { networks: allNetworks },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {groups.map(({ heading, variants }) => (
        <section key={heading}>
          <h2 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>{heading}</h2>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem 3rem', alignItems: 'start' }}>
            {variants.map(([name, props]) => (
              <div key={name} style={{ display: 'grid', gap: '0.25rem' }}>
                <code>{name}</code>
                <ShareBar {...args} {...props} hideLabel />
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  ),
};
