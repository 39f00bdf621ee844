/**
 * Replaceable text of the article blocks: `KeyPoints`, `Callout`, `StatHighlight`,
 * `MedicalDisclaimer`, `References` and `Cite`. Each component takes `labels` with any
 * subset of these keys; the rest stay English.
 */
export interface ArticleBlocksLabels {
  /** Read first in a `Callout` of tone "info". */
  info: string;
  /** Read first in a `Callout` of tone "tip". */
  tip: string;
  /** Read first in a `Callout` of tone "caution". */
  caution: string;
  /** Read first in a `Callout` of tone "warning". */
  warning: string;
  /** Between a key point's lead-in and its text, when the lead-in has no punctuation of its own. */
  leadSeparator: string;
  /** Before the link to a `StatHighlight`'s source, with its punctuation. */
  source: string;
  /** Heading of `MedicalDisclaimer`. */
  disclaimer: string;
  /** The default text of `MedicalDisclaimer`. */
  disclaimerText: string;
  /** Heading of `References`. */
  references: string;
  /** Summary of a collapsed `References` list; `{count}` is the number of sources. */
  showReferences: string;
  /** Name of a reference's link back to where it is cited; `{number}` is the citation's number. */
  backToCitation: string;
  /** When a web source was read; `{date}` is the formatted date. */
  accessed: string;
}

export const articleBlocksLabels: ArticleBlocksLabels = {
  info: 'Information',
  tip: 'Tip',
  caution: 'Important',
  warning: 'Warning',
  leadSeparator: ':',
  source: 'Source:',
  disclaimer: 'Medical disclaimer',
  disclaimerText:
    'This article is for general information only and is not medical advice. Talk to a doctor or another healthcare professional about your own health, and call your local emergency number in an emergency.',
  references: 'References',
  showReferences: 'Show sources ({count})',
  backToCitation: 'Back to citation {number}',
  accessed: 'Accessed {date}',
};

/** `labels[key]` when given and not empty, else the English default: nothing loses its name. */
export function blockLabel<K extends keyof ArticleBlocksLabels>(labels: Partial<Pick<ArticleBlocksLabels, K>> | undefined, key: K): string {
  return labels?.[key] || articleBlocksLabels[key];
}

/**
 * The heading tag for `level`, for callers without types (plain JS, a CMS): a number is
 * rounded into 2–6, so never a second `h1`, `h7` or `hNaN`; anything else (NaN too) gives `fallback`.
 */
export function headingTag(level: number | undefined, fallback: 'h2' | 'p' = 'h2'): 'h2' | 'p' {
  return level === +level! ? (`h${Math.min(Math.max(Math.round(level), 2), 6)}` as 'h2') : fallback;
}

export const articleBlocksEs: ArticleBlocksLabels = {
  info: 'Información',
  tip: 'Consejo',
  caution: 'Importante',
  warning: 'Advertencia',
  leadSeparator: ':',
  source: 'Fuente:',
  disclaimer: 'Aviso médico',
  disclaimerText:
    'Este artículo es solo informativo y no constituye consejo médico. Consulta a un médico o a otro profesional sanitario sobre tu salud y, en una emergencia, llama al número de emergencias local.',
  references: 'Referencias',
  showReferences: 'Mostrar las fuentes ({count})',
  backToCitation: 'Volver a la cita {number}',
  accessed: 'Consultado el {date}',
};

export const articleBlocksFr: ArticleBlocksLabels = {
  info: 'Information',
  tip: 'Conseil',
  caution: 'Important',
  warning: 'Attention',
  // French sets a narrow no-break space before a colon.
  leadSeparator: '\u202f:',
  source: 'Source\u202f:',
  disclaimer: 'Avertissement médical',
  disclaimerText:
    'Cet article est fourni à titre d’information uniquement et ne constitue pas un avis médical. Parlez de votre santé à un médecin ou à un autre professionnel de santé et, en cas d’urgence, appelez le numéro d’urgence local.',
  references: 'Références',
  showReferences: 'Afficher les sources ({count})',
  backToCitation: 'Retour à la citation {number}',
  accessed: 'Consulté le {date}',
};

export const articleBlocksDe: ArticleBlocksLabels = {
  info: 'Information',
  tip: 'Tipp',
  caution: 'Wichtig',
  warning: 'Warnung',
  leadSeparator: ':',
  source: 'Quelle:',
  disclaimer: 'Medizinischer Hinweis',
  disclaimerText:
    'Dieser Artikel dient nur der allgemeinen Information und ist keine medizinische Beratung. Sprechen Sie mit einer Ärztin, einem Arzt oder anderem medizinischem Fachpersonal über Ihre Gesundheit und rufen Sie im Notfall den örtlichen Notruf an.',
  references: 'Quellen',
  showReferences: 'Quellen anzeigen ({count})',
  backToCitation: 'Zurück zum Verweis {number}',
  accessed: 'Abgerufen am {date}',
};

export const articleBlocksAr: ArticleBlocksLabels = {
  info: 'معلومة',
  tip: 'نصيحة',
  caution: 'مهم',
  warning: 'تحذير',
  leadSeparator: ':',
  source: 'المصدر:',
  disclaimer: 'إخلاء مسؤولية طبية',
  disclaimerText:
    'هذه المقالة للمعلومات العامة فقط وليست نصيحة طبية. تحدّث إلى طبيب أو إلى مختص آخر في الرعاية الصحية بشأن صحتك، واتصل برقم الطوارئ المحلي في حالات الطوارئ.',
  references: 'المراجع',
  showReferences: 'عرض المصادر ({count})',
  backToCitation: 'العودة إلى الاستشهاد {number}',
  accessed: 'تاريخ الاطلاع: {date}',
};
