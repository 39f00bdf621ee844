import { warnOnce } from './warn';

/** Where a URL may point. */
export interface SafeUrlOptions {
  /** Schemes allowed besides relative URLs. @default ["http:", "https:"] */
  schemes?: readonly string[];
  /** Accept relative URLs ("/articles/x", "#ref-1", "x.html"). @default false */
  allowRelative?: boolean;
  /** Name of the component and prop, for the development warning. */
  context?: string;
}

// Browsers drop these before parsing: C0 controls and spaces at the ends, tabs and newlines anywhere.
// eslint-disable-next-line no-control-regex
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_NEWLINE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(colon|tab|newline|lpar|rpar));?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')' };

function decodeEntities(value: string): string {
  return value.replace(ENTITY, (_, dec: string, hex: string, name: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? '';
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function schemeOf(value: string): string | null {
  const normalised = decodeEntities(value).replace(EDGE_CONTROLS, '').replace(TAB_NEWLINE, '').replace(CONTROLS, '');
  const match = SCHEME.exec(normalised);
  return match ? `${match[1]!.toLowerCase()}:` : null;
}

/**
 * The URL cleaned of surrounding whitespace, or `null` when it is not a string, is
 * empty, or has a scheme outside `schemes` (javascript:, data:, vbscript:, … in any
 * case, with control characters, tabs, newlines or HTML entities mixed in).
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | null {
  const { schemes = ['http:', 'https:'], allowRelative = false, context = 'wellread' } = options;
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(EDGE_CONTROLS, '');
  if (trimmed === '') return null;
  const scheme = schemeOf(trimmed);
  if (scheme === null) {
    if (allowRelative) return trimmed.replace(TAB_NEWLINE, '');
    if (process.env.NODE_ENV !== 'production') warnOnce(`${context}: "${trimmed.slice(0, 80)}" is not an absolute URL; it was dropped.`);
    return null;
  }
  if (!schemes.includes(scheme)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${context}: the URL scheme "${scheme}" is not allowed; the URL was dropped.`);
    return null;
  }
  return trimmed.replace(TAB_NEWLINE, '');
}

/** The `srcset`, kept whole only when the URL of every candidate ("/a.jpg 2x") passes `safeUrl` (relative allowed). */
export function safeSrcSet(value: unknown, context?: string): string | undefined {
  return typeof value === 'string' &&
    value.split(',').every((candidate) => safeUrl(candidate.replace(/\s+[\d.]+[wxh]\s*$/i, '') || '/', { allowRelative: true, context }))
    ? value
    : undefined;
}
