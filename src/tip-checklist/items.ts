import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { warnOnce } from '../internal/warn';
import { TipChecklistItem, type TipChecklistItemProps } from './TipChecklistItem';
import type { TipChecklistItemData } from './types';

function fromChildren(children: ReactNode, out: TipChecklistItemData[]): TipChecklistItemData[] {
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    if (child.type === Fragment) {
      fromChildren((child.props as { children?: ReactNode }).children, out);
    } else if (child.type === TipChecklistItem) {
      const { children: body, ...item } = child.props as TipChecklistItemProps;
      out.push({ ...item, description: item.description ?? body });
    } else {
      warnOnce('TipChecklist: children other than <TipChecklistItem> are ignored.');
    }
  });
  return out;
}

/**
 * The steps from `items`, or else from `<TipChecklistItem>` children (read here, on the
 * server, so a client component only ever receives data). Steps without a unique
 * string id are left out with a development warning.
 */
export function collectItems(items: readonly TipChecklistItemData[] | undefined, children: ReactNode): TipChecklistItemData[] {
  const list: unknown[] = Array.isArray(items) ? items : fromChildren(children, []);
  const seen = new Set<string>();
  return list.filter((item): item is TipChecklistItemData => {
    const id = (item as TipChecklistItemData | null)?.id;
    const valid = typeof id === 'string' && id !== '' && !seen.has(id);
    if (valid) seen.add(id);
    else warnOnce('TipChecklist: every step needs a unique, non-empty string `id`; a step was left out.');
    return valid;
  });
}

/** `start` when it is a whole number, else 1. */
export function firstNumber(start: number | undefined): number {
  return Number.isInteger(start) ? (start as number) : 1;
}
