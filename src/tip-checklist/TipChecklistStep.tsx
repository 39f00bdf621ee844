import type { ReactNode } from 'react';
import { formatPlural } from '../internal/plural';
import type { TipChecklistLabels } from './labels';
import type { TipChecklistItemData, TipChecklistNote, TipChecklistNoteTone } from './types';

const TONES: readonly TipChecklistNoteTone[] = ['caution', 'info', 'tip', 'warning'];

/** Paragraph for text, a div for anything else (which may hold paragraphs of its own). */
function Block({ className, children }: { className: string; children: ReactNode }) {
  return typeof children === 'string' ? <p className={className}>{children}</p> : <div className={className}>{children}</div>;
}

function Note({ note, labels }: { note: TipChecklistNote; labels: TipChecklistLabels }) {
  const tone = note.tone && TONES.includes(note.tone) ? note.tone : 'info';
  // The lead-in is real text, read first, so the tone never depends on colour.
  return (
    <div className="wr-tip-checklist__note" data-tone={tone}>
      <strong className="wr-tip-checklist__note-label">{labels[tone]}</strong> {note.text}
    </div>
  );
}

export interface TipChecklistStepProps {
  item: TipChecklistItemData;
  /** The step's number (start + index). */
  number: number;
  locale: string | undefined;
  labels: TipChecklistLabels;
  collapsible: boolean | undefined;
  /** The checkbox of the interactive variant. */
  check?: ReactNode;
  /** The checkbox's id: the title becomes its label. */
  inputId?: string;
  checked?: boolean;
}

/**
 * One step: number and title, then the explanation, sub-points and note. The same
 * markup for both variants; the interactive one adds a checkbox labelled by the title.
 */
export function TipChecklistStep({ item, number, locale, labels, collapsible, check, inputId, checked }: TipChecklistStepProps) {
  const { title, description, note } = item;
  const points = Array.isArray(item.points) ? item.points.filter((point) => point && point.text != null) : [];
  const heading = (
    <>
      <span className="wr-tip-checklist__number">{formatPlural(labels.number, number, locale)}</span> {title}
    </>
  );
  const body =
    description != null || points.length > 0 || note?.text != null ? (
      <div className="wr-tip-checklist__body">
        {description != null && <Block className="wr-tip-checklist__description">{description}</Block>}
        {points.length > 0 && (
          <ul className="wr-tip-checklist__points">
            {points.map((point, index) => (
              <li key={index} className="wr-tip-checklist__point">
                {point.label != null && (
                  <>
                    <strong className="wr-tip-checklist__point-label">{point.label}</strong>{' '}
                  </>
                )}
                {point.text}
              </li>
            ))}
          </ul>
        )}
        {note?.text != null && <Note note={note} labels={labels} />}
      </div>
    ) : null;
  const details = collapsible && body;
  // Inside <summary> a <label> would toggle both, so there the title is a span; the
  // checkbox names itself after the title's id (`${inputId}-title`) in either case.
  const titleId = inputId && `${inputId}-title`;
  const titleElement =
    inputId && !details ? (
      <label className="wr-tip-checklist__title" htmlFor={inputId} id={titleId}>
        {heading}
      </label>
    ) : (
      <span className="wr-tip-checklist__title" id={titleId}>
        {heading}
      </span>
    );
  return (
    <li className="wr-tip-checklist__step" data-state={checked === undefined ? undefined : checked ? 'checked' : 'unchecked'}>
      {check}
      <div className="wr-tip-checklist__content">
        {details ? (
          <details className="wr-tip-checklist__details">
            <summary className="wr-tip-checklist__summary">{titleElement}</summary>
            {body}
          </details>
        ) : (
          <>
            {titleElement}
            {body}
          </>
        )}
      </div>
    </li>
  );
}
