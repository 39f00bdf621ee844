import { safeUrl } from '../internal/safeUrl';

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

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * `url` with `utm_*` parameters appended after its own query, before its fragment.
 * The existing query is kept byte for byte (only `utm_*` keys being set are replaced),
 * so signed or unusually encoded URLs still work. Unparseable URLs come back unchanged.
 */
export function withUtm(url: string, utm: ShareUtm | undefined, source: string): string {
  if (!utm) return url;
  try {
    const parsed = new URL(url);
    for (const key of UTM_KEYS) {
      const value = key === 'source' ? (utm.source ?? source) : utm[key];
      if (value) parsed.searchParams.set(`utm_${key}`, value);
    }
    return parsed.href;
  } catch {
    return url;
  }
}

// Every value is percent-encoded, spaces as %20 (which mail clients read too); empty values are left out.
function build(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const key in params) if (params[key]) query.set(key, params[key]);
  return `${base}?${query}`.replace(/\+/g, '%20');
}

/**
 * The share URL of `network` for `data`, or `null` (with a development warning) when
 * `data.url` is missing, relative or not http(s). Formats as the networks document
 * them in 2026: X's web intent, LinkedIn's share-offsite, Facebook's sharer, `mailto:`,
 * wa.me, Reddit's submit page, Bluesky's and Threads' compose intents, Pinterest's
 * pin builder and Telegram's share URL.
 */
export function shareUrl(network: ShareNetwork, data: ShareData): string | null {
  const page = safeUrl(data.url, { context: 'shareUrl' });
  if (!page) return null;
  const url = withUtm(page, data.utm, network);
  const { title, text = title, via } = data;
  const tags = (data.hashtags ?? []).map((tag) => tag.replace(/^#/, '').trim()).filter(Boolean);
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  switch (network) {
    case 'x':
      return build('https://x.com/intent/tweet', { text, url, hashtags: tags.join(','), via: via?.replace(/^@/, '') });
    case 'linkedin':
      return build('https://www.linkedin.com/sharing/share-offsite/', { url });
    case 'facebook':
      return build('https://www.facebook.com/sharer/sharer.php', { u: url });
    case 'email':
      return build('mailto:', { subject: title, body: text ? `${text}\n\n${url}` : url });
    case 'whatsapp':
      return build('https://wa.me/', { text: join(text, url) });
    case 'reddit':
      return build('https://www.reddit.com/submit', { url, title });
    case 'bluesky':
      return build('https://bsky.app/intent/compose', { text: join(text, ...tags.map((tag) => `#${tag}`), url) });
    case 'threads':
      return build('https://www.threads.com/intent/post', { text, url, tag: tags[0] });
    case 'pinterest':
      return build('https://www.pinterest.com/pin/create/button/', {
        url,
        media: safeUrl(data.media, { context: 'shareUrl media' }) ?? undefined,
        description: text,
      });
    case 'telegram':
      return build('https://t.me/share/url', { url, text });
    default:
      return null;
  }
}
