import { Fragment, isValidElement, type ReactNode } from 'react';
import { formatDate, isoDateTime, toDate, type DateInput } from '../internal/date';
import { templateParts } from '../internal/plural';

/** The template with each `{key}` replaced by its value; unknown keys stay as written. */
export function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts: ReactNode[] = [];
  templateParts(template).forEach((part, i) => {
    const value = i % 2 ? (values[part] ?? `{${part}}`) : part;
    const last = parts.length - 1;
    // Adjacent text joins into one string, so the server writes one text node.
    if (typeof value === 'string' && typeof parts[last] === 'string') parts[last] += value;
    else if (value !== '') parts.push(value);
  });
  return parts.length < 2 ? parts[0] : parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

/** False for what renders nothing visible: `undefined`, `null`, `false` and `""`. */
export function shown(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** The text a reader sees in `node` (for slugs, accessible names and JSON-LD). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return isValidElement<{ children?: ReactNode }>(node) ? textOf(node.props.children) : '';
}

/** `<time dateTime>` with the date formatted for `locale`; `null` for a missing or invalid date. */
export function time(value: DateInput | undefined, locale: string | undefined, context: string): ReactNode {
  const date = toDate(value, context);
  return date && <time dateTime={isoDateTime(date, value)}>{formatDate(date, locale)}</time>;
}

/** The items that are present, each in a span, with silent "·" separators between them. */
export function line(items: ReactNode[], className: string): ReactNode[] {
  return items
    .filter(shown)
    .flatMap((item, i) => [
      i > 0 && (
        <span key={`s${i}`} className="wr-article-sep" aria-hidden="true">
          {' · '}
        </span>
      ),
      <span key={i} className={className}>
        {item}
      </span>,
    ]);
}
