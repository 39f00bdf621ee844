/** Replaceable text of `ShareBar`. */
export interface ShareBarLabels {
  /** Text before the controls. */
  label: string;
  /** Accessible name of a network link, which opens a new tab; `{network}` is the network's name. */
  shareOn: string;
  /** Visible name of the email link. */
  email: string;
  /** Accessible name of the email link. */
  shareByEmail: string;
  /** The copy button. */
  copy: string;
  /** Announced (politely) and shown once the link is on the clipboard. */
  copied: string;
  /** Shown beside the selected link when the Clipboard API is missing or refused. */
  copyManually: string;
  /** Accessible name of that read-only link field. */
  linkField: string;
  /** The button that opens the device's own share sheet (Web Share API). */
  native: string;
}

export const shareBarLabels: ShareBarLabels = {
  label: 'Share:',
  shareOn: 'Share on {network} (opens in a new tab)',
  email: 'Email',
  shareByEmail: 'Share by email',
  copy: 'Copy link',
  copied: 'Link copied',
  copyManually: 'Press Ctrl+C / ⌘C to copy',
  linkField: 'Link to this page',
  native: 'Share via…',
};

export const shareBarEs: ShareBarLabels = {
  label: 'Compartir:',
  shareOn: 'Compartir en {network} (se abre en una pestaña nueva)',
  email: 'Correo',
  shareByEmail: 'Compartir por correo',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  copyManually: 'Pulsa Ctrl+C / ⌘C para copiar',
  linkField: 'Enlace a esta página',
  native: 'Compartir con…',
};

export const shareBarFr: ShareBarLabels = {
  label: 'Partager\u202f:',
  shareOn: 'Partager sur {network} (s’ouvre dans un nouvel onglet)',
  email: 'E-mail',
  shareByEmail: 'Partager par e-mail',
  copy: 'Copier le lien',
  copied: 'Lien copié',
  copyManually: 'Appuyez sur Ctrl+C / ⌘C pour copier',
  linkField: 'Lien vers cette page',
  native: 'Partager via…',
};

export const shareBarDe: ShareBarLabels = {
  label: 'Teilen:',
  shareOn: 'Auf {network} teilen (öffnet in neuem Tab)',
  email: 'E-Mail',
  shareByEmail: 'Per E-Mail teilen',
  copy: 'Link kopieren',
  copied: 'Link kopiert',
  copyManually: 'Zum Kopieren Strg+C / ⌘C drücken',
  linkField: 'Link zu dieser Seite',
  native: 'Teilen über…',
};

export const shareBarAr: ShareBarLabels = {
  label: 'مشاركة:',
  shareOn: 'مشاركة على {network} (يُفتح في علامة تبويب جديدة)',
  email: 'البريد الإلكتروني',
  shareByEmail: 'مشاركة عبر البريد الإلكتروني',
  copy: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  copyManually: 'اضغط Ctrl+C / ⌘C للنسخ',
  linkField: 'رابط هذه الصفحة',
  native: 'مشاركة عبر…',
};
