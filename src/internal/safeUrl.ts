import { warnOnce } from './warn';

/** Where a URL may point. */
export interface SafeUrlOptions {
  /** Accept relative URLs ("/articles/x", "#ref-1", "x.html"). @default false */
  allowRelative?: boolean;
  /** Name of the component and prop, for the development warning. */
  context?: string;
}

// Browsers drop C0 controls and spaces at the ends, and tabs and newlines anywhere.
// eslint-disable-next-line no-control-regex
const BROWSER_STRIPS = /^[\0- ]+|[\0- ]+$|[\t\n\r]/g;
// To find the scheme, controls go and every character reference that could decode to a
// letter, a colon or a space counts as a colon, so "&#106;avascript:", "jav&#x09;ascript:"
// and "javascript&colon;" all have a scheme other than http(s) and are dropped, whoever
// decodes them later. Other named references ("tips&tricks.html") are plain text.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\0- \x7f]/g;
const REFERENCE = /&(?:#x?[\da-f]+|colon|tab|newline);?/gi;
// A colon before any "/", "?" or "#" ends a scheme; without one the URL is relative.
const SCHEME = /^[^/?#]*?:/;
// http(s) with a host: "http:" or "https://" alone would lead back to the page or nowhere.
const HTTP = /^https?:[/\\]*[^/\\?#@:]/i;

/**
 * The URL without what browsers strip anyway, or `null` when it is not a string, is
 * empty, has a scheme other than http: and https: (javascript:, data:, vbscript:, …
 * in any case, with control characters, tabs, newlines or HTML entities mixed in), or is
 * http(s) without a host.
 */
export function safeUrl(value: unknown, { allowRelative, context = 'wellread' }: SafeUrlOptions = {}): string | null {
  if (typeof value !== 'string') return null;
  const url = value.replace(BROWSER_STRIPS, '');
  const visible = url.replace(HIDDEN, '').replace(REFERENCE, ':');
  if (SCHEME.test(visible) ? HTTP.test(visible) : allowRelative && url) return url;
  if (process.env.NODE_ENV !== 'production' && url) {
    warnOnce(`${context}: "${url.slice(0, 80)}" is not ${allowRelative ? 'a relative or' : 'an'} http(s) URL with a host; it was dropped.`);
  }
  return null;
}

/** The `srcset`, kept whole only when the URL of every candidate ("/a.jpg 2x") passes `safeUrl` (relative allowed). */
export function safeSrcSet(value: unknown, context?: string): string | undefined {
  return typeof value === 'string' &&
    value.split(',').every((candidate) => safeUrl(candidate.replace(/\s+[\d.]+[wxh]\s*$/i, '') || '/', { allowRelative: true, context }))
    ? value
    : undefined;
}
