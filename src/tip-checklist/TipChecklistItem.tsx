import type { ReactNode } from 'react';
import type { TipChecklistItemData } from './types';

export interface TipChecklistItemProps extends Omit<TipChecklistItemData, 'description'> {
  /** The explanation under the title (same as `description`). */
  children?: ReactNode;
  /** The explanation under the title; wins over `children`. */
  description?: ReactNode;
}

/**
 * One step of a `TipChecklist`, written as JSX instead of `items` data. It renders
 * nothing by itself: `TipChecklist` reads its props on the server and renders the
 * same markup as for `items`.
 */
export function TipChecklistItem(_props: TipChecklistItemProps): null {
  return null;
}
