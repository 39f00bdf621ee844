export { TipChecklist, type TipChecklistProps } from './TipChecklist';
export { TipChecklistStatic, type TipChecklistStaticProps } from './TipChecklistStatic';
export { TipChecklistItem, type TipChecklistItemProps } from './TipChecklistItem';
export {
  tipChecklistLabels,
  type TipChecklistLabels,
} from './labels';
export type { TipChecklistItemData, TipChecklistNote, TipChecklistNoteTone, TipChecklistPoint } from './types';
