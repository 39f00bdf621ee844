import type { ReactNode } from 'react';

/** How a step's note is marked: its lead-in ("Caution:") and colours. */
export type TipChecklistNoteTone = 'caution' | 'info' | 'tip' | 'warning';

/** A sub-point of a step, with an optional lead-in such as "Focus on:". */
export interface TipChecklistPoint {
  /** Lead-in shown in bold before the text, with its own punctuation ("Focus on:"). */
  label?: ReactNode;
  /** The point itself. */
  text: ReactNode;
}

/** A remark on a step that readers must not miss, e.g. to see a healthcare professional. */
export interface TipChecklistNote {
  /** Which lead-in and colours the note gets. @default "info" */
  tone?: TipChecklistNoteTone;
  /** The remark. */
  text: ReactNode;
}

/** One step of a checklist, as data. Plain values (and JSX) only, so a server page can pass it. */
export interface TipChecklistItemData {
  /** Stable id: ticks are stored under it, so keep it when the wording changes. */
  id: string;
  /** The step's title; the checkbox is labelled by its number and this title. */
  title: ReactNode;
  /** The explanation under the title. */
  description?: ReactNode;
  /** Sub-points, shown as a bulleted list. */
  points?: readonly TipChecklistPoint[];
  /** A caution, tip, warning or remark shown after the points. */
  note?: TipChecklistNote;
}
