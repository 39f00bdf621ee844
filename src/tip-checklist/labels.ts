import type { PluralText } from '../internal/plural';

/** Replaceable text of `TipChecklist`. */
export interface TipChecklistLabels {
  /** Progress line, per plural category of the number done; `{count}` steps done of `{total}`. */
  progress: PluralText;
  /** Number before each step's title; `{count}` is the step's number, formatted for the locale. */
  number: PluralText;
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
  number: { other: '{count}.' },
  reset: 'Reset progress',
  caution: 'Caution:',
  info: 'Note:',
  tip: 'Tip:',
  warning: 'Warning:',
};

export const tipChecklistEs: TipChecklistLabels = {
  progress: { one: '{count} de {total} completado', other: '{count} de {total} completados' },
  number: { other: '{count}.' },
  reset: 'Reiniciar progreso',
  caution: 'Precaución:',
  info: 'Nota:',
  tip: 'Consejo:',
  warning: 'Advertencia:',
};

// French sets a narrow no-break space before the colon; 0 and 1 take the singular.
export const tipChecklistFr: TipChecklistLabels = {
  progress: { one: '{count} étape sur {total} terminée', other: '{count} étapes sur {total} terminées' },
  number: { other: '{count}.' },
  reset: 'Réinitialiser',
  caution: 'Attention\u202f:',
  info: 'Remarque\u202f:',
  tip: 'Conseil\u202f:',
  warning: 'Avertissement\u202f:',
};

export const tipChecklistDe: TipChecklistLabels = {
  progress: { other: '{count} von {total} erledigt' },
  number: { other: '{count}.' },
  reset: 'Fortschritt zurücksetzen',
  caution: 'Vorsicht:',
  info: 'Hinweis:',
  tip: 'Tipp:',
  warning: 'Warnung:',
};

export const tipChecklistAr: TipChecklistLabels = {
  progress: { other: 'تم إنجاز {count} من {total}' },
  number: { other: '{count}.' },
  reset: 'إعادة تعيين التقدم',
  caution: 'تنبيه:',
  info: 'ملاحظة:',
  tip: 'نصيحة:',
  warning: 'تحذير:',
};
