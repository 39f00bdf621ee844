import { warnOnce } from '../internal/warn';

/** A network with a share URL. */
export type ShareNetwork =
  | 'x'
  | 'linkedin'
  | 'facebook'
  | 'email'
  | 'whatsapp'
  | 'reddit'
  | 'bluesky'
  | 'threads'
  | 'pinterest'
  | 'telegram';

/** What `onShare` reports: a network, the copy button or the device's share sheet. */
export type ShareTarget = ShareNetwork | 'copy' | 'native';

/** Campaign parameters added to the shared URL as `utm_*`. */
export interface ShareUtm {
  /** `utm_source`. @default the network's id ("x", "linkedin", "copy", …) */
  source?: string;
  /** `utm_medium`, e.g. "social". */
  medium?: string;
  /** `utm_campaign`. */
  campaign?: string;
  /** `utm_term`. */
  term?: string;
  /** `utm_content`. */
  content?: string;
}

/** What is shared. */
export interface ShareData {
  /** Absolute http(s) URL of the page. */
  url: string;
  /** Page title: the email subject, Reddit's title, and the post text when `text` is absent. */
  title?: string;
  /** Text of the post, e.g. a one-line summary. @default title */
  text?: string;
  /** Hashtags without "#": X's `hashtags`, Threads' topic tag, and added to Bluesky's text. */
  hashtags?: readonly string[];
  /** The site's X account without "@", shown as "via @account". */
  via?: string;
  /** Absolute http(s) URL of an image, for Pinterest. */
  media?: string;
  /** Campaign parameters added to the shared URL. */
  utm?: ShareUtm;
}

/** Display names of the networks, in the order a full bar shows them. */
export const shareNetworks: Readonly<Record<ShareNetwork, string>> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  email: 'Email',
  whatsapp: 'WhatsApp',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
  threads: 'Threads',
  pinterest: 'Pinterest',
  telegram: 'Telegram',
};

/**
 * `value` as an absolute http(s) URL, normalised by the URL parser, or `null` with a
 * development warning (missing, relative, `javascript:`, `data:`, unparseable, …).
 * The family validates with the URL API rather than src/internal/safeUrl: these URLs
 * are never rendered as links, only percent-encoded into fixed https:/mailto: share
 * URLs, so what matters is that they parse as http(s), and the parser is stricter
 * than a scheme check (it refuses "https://" alone) and costs a fifth of the bytes.
 */
export function httpUrl(value: unknown, context: string): string | null {
  try {
    const url = new URL(value as string);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not a URL at all: warned about below, like any other scheme.
  }
  // Spelled out (not left to warnOnce) so production builds drop the message text too.
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`${context}: "${String(value).slice(0, 80)}" is not an absolute http(s) URL; it was left out.`);
  }
  return null;
}

/**
 * `url` with `utm_*` parameters set through the URL API: added after the existing query
 * (`utm_*` keys already there are replaced), before the fragment. `source` defaults to
 * the network. Unparseable URLs come back unchanged.
 */
export function withUtm(url: string, utm: ShareUtm | undefined, source: string): string {
  if (!utm) return url;
  try {
    const parsed = new URL(url);
    for (const [key, value] of Object.entries({ ...utm, source: utm.source ?? source })) {
      if (value) parsed.searchParams.set(`utm_${key}`, value);
    }
    return parsed.href;
  } catch {
    return url;
  }
}

/** A network's query, from the page URL (campaign parameters included), the post text and the cleaned hashtags. */
type ShareQuery = (url: string, text: string | undefined, tags: string[], data: ShareData) => Record<string, string | null | undefined>;

/** Each network's share page and query: functions, so that a share URL builds only its own network's query. */
const targets: Record<ShareNetwork, [base: string, query: ShareQuery]> = {
  x: ['https://x.com/intent/tweet', (url, text, tags, { via }) => ({ text, url, hashtags: tags.join(','), via: via?.replace(/^@/, '') })],
  linkedin: ['https://www.linkedin.com/sharing/share-offsite/', (url) => ({ url })],
  facebook: ['https://www.facebook.com/sharer/sharer.php', (url) => ({ u: url })],
  email: ['mailto:', (url, text, _, { title }) => ({ subject: title, body: text ? `${text}\n\n${url}` : url })],
  whatsapp: ['https://wa.me/', (url, text) => ({ text: join(text, url) })],
  reddit: ['https://www.reddit.com/submit', (url, _, __, { title }) => ({ url, title })],
  bluesky: ['https://bsky.app/intent/compose', (url, text, tags) => ({ text: join(text, ...tags.map((tag) => `#${tag}`), url) })],
  threads: ['https://www.threads.com/intent/post', (url, text, tags) => ({ text, url, tag: tags[0] })],
  pinterest: [
    'https://www.pinterest.com/pin/create/button/',
    (url, text, _, { media }) => ({ url, media: media && httpUrl(media, 'shareUrl media'), description: text }),
  ],
  telegram: ['https://t.me/share/url', (url, text) => ({ url, text })],
};

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The share URL of `network` for `data`, or `null` (with a development warning) when
 * `data.url` is missing, relative or not http(s). Every value is percent-encoded,
 * spaces as %20 (which mail clients read too); empty values are left out. Formats as
 * the networks document them in 2026.
 */
export function shareUrl(network: ShareNetwork, data: ShareData): string | null {
  const page = httpUrl(data.url, 'shareUrl');
  return page && Object.hasOwn(shareNetworks, network) ? checkedShareUrl(network, page, data) : null;
}

/** `shareUrl` for a `page` that `httpUrl` has already returned: the bar checks its URL once for all its networks. */
export function checkedShareUrl(network: ShareNetwork, page: string, data: ShareData): string {
  const tags = (data.hashtags ?? []).map((tag) => tag.replace(/^#/, '').trim()).filter(Boolean);
  const [base, query] = targets[network];
  const values = query(withUtm(page, data.utm, network), data.text || data.title, tags, data);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  return `${base}?${params}`.replace(/\+/g, '%20');
}
