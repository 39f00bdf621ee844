import type { PluralText } from '../internal/plural';

/** Replaceable text of `TipChecklist`. */
export interface TipChecklistLabels {
  /** Progress line, per plural category of the number done; `{count}` steps done of `{total}`. */
  progress: PluralText;
  /** Number before each step's title; `{count}` is the step's number, formatted for the locale. */
  number: string;
  /** The button that clears every tick. */
  reset: string;
  /** Lead-in of a note with tone "caution". */
  caution: string;
  /** Lead-in of a note with tone "info". */
  info: string;
  /** Lead-in of a note with tone "tip". */
  tip: string;
  /** Lead-in of a note with tone "warning". */
  warning: string;
}

export const tipChecklistLabels: TipChecklistLabels = {
  progress: { other: '{count} of {total} done' },
  number: '{count}.',
  reset: 'Reset progress',
  caution: 'Caution:',
  info: 'Note:',
  tip: 'Tip:',
  warning: 'Warning:',
};

export const tipChecklistEs: TipChecklistLabels = {
  progress: { one: '{count} de {total} completado', other: '{count} de {total} completados' },
  number: '{count}.',
  reset: 'Reiniciar progreso',
  caution: 'Precaución:',
  info: 'Nota:',
  tip: 'Consejo:',
  warning: 'Advertencia:',
};

// French sets a narrow no-break space before the colon; 0 and 1 take the singular.
export const tipChecklistFr: TipChecklistLabels = {
  progress: { one: '{count} étape sur {total} terminée', other: '{count} étapes sur {total} terminées' },
  number: '{count}.',
  reset: 'Réinitialiser',
  caution: 'Attention\u202f:',
  info: 'Remarque\u202f:',
  tip: 'Conseil\u202f:',
  warning: 'Avertissement\u202f:',
};

export const tipChecklistDe: TipChecklistLabels = {
  progress: { other: '{count} von {total} erledigt' },
  number: '{count}.',
  reset: 'Fortschritt zurücksetzen',
  caution: 'Vorsicht:',
  info: 'Hinweis:',
  tip: 'Tipp:',
  warning: 'Warnung:',
};

export const tipChecklistAr: TipChecklistLabels = {
  progress: { other: 'تم إنجاز {count} من {total}' },
  number: '{count}.',
  reset: 'إعادة تعيين التقدم',
  caution: 'تنبيه:',
  info: 'ملاحظة:',
  tip: 'نصيحة:',
  warning: 'تحذير:',
};
