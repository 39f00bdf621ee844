import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { formatDate, isoDateTime, toDate, type DateInput } from '../internal/date';
import { templateParts } from '../internal/plural';

/** The template with each `{key}` (or `{0}`, `{1}`… for a list) replaced by its value; unknown keys stay as written. */
export function fill(template: string, values: Readonly<Record<string, ReactNode>> | readonly ReactNode[]): ReactNode {
  const parts: ReactNode[] = [];
  templateParts(template).forEach((part, i) => {
    const value = i % 2 ? ((values as Record<string, ReactNode>)[part] ?? `{${part}}`) : part;
    const last = parts.length - 1;
    // Adjacent text joins into one string, so the server writes one text node.
    if (typeof value === 'string' && typeof parts[last] === 'string') parts[last] += value;
    else if (value !== '') parts.push(value);
  });
  return parts.length < 2 ? parts[0] : parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

/** False for what renders nothing visible: `undefined`, `null`, booleans and blank strings. */
export function shown(node: unknown): boolean {
  return typeof node == 'string' ? node.trim() != '' : node != null && typeof node != 'boolean';
}

/** True when `children` hold anything `shown` (a list of blanks and nulls holds nothing). */
export function filled(children: ReactNode): boolean {
  return Children.toArray(children).some(shown);
}

/** Data from a CMS may hold anything: only strings and numbers are text, trimmed; anything else is "". */
export function asText(value: unknown): string {
  return typeof value == 'string' || typeof value == 'number' ? `${value}`.trim() : '';
}

/** A link's name when it has no other: its host ("www.nhs.uk/…" → "nhs.uk"), or the whole URL when it has none. */
export function hostOf(href: string | null): string | undefined {
  return href?.replace(/^https?:\/\/(?:www\.)?([^/?#]+).*$/i, '$1');
}

/** The objects in `list` (holes and junk from a CMS are skipped); none when it is not an array. */
export function objects<T>(list: readonly T[] | undefined): T[] {
  return Array.isArray(list) ? list.filter((item) => item && typeof item == 'object') : [];
}

/** The text a reader sees in `node` (for slugs, accessible names and JSON-LD). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return isValidElement<{ children?: ReactNode }>(node) ? textOf(node.props.children) : '';
}

/** `template` with `{date}` as a `<time>`; `null` for a missing or invalid date. */
export function dated(template: string, value: DateInput | undefined, locale: string | undefined, context?: string): ReactNode {
  const date = toDate(value, context);
  return date && fill(template, { date: <time dateTime={isoDateTime(date, value)}>{formatDate(date, locale)}</time> });
}

/** `<time dateTime>` with the date formatted for `locale`; `null` for a missing or invalid date. */
export function time(value: DateInput | undefined, locale: string | undefined, context?: string): ReactNode {
  return dated('{date}', value, locale, context);
}

/** The items that are present, each in a span, with silent "·" separators between them. */
export function line(items: ReactNode[], className: string): ReactNode[] {
  return items
    .filter(shown)
    // Separators take negative keys, so they never meet the items' keys.
    .flatMap((item, i) => [
      i > 0 && (
        <span key={-i} className="wr-article-sep" aria-hidden="true">
          {' · '}
        </span>
      ),
      <span key={i} className={className}>
        {item}
      </span>,
    ]);
}
