import type { ReactNode } from 'react';
import { formatPlural } from '../internal/plural';
import type { TipChecklistList } from './TipChecklistStatic';
import type { TipChecklistItemData, TipChecklistNoteTone } from './types';

const TONES: readonly TipChecklistNoteTone[] = ['caution', 'info', 'tip', 'warning'];

/** A paragraph for text, a div for anything else (which may hold paragraphs of its own). */
export function Block({ className, children }: { className: string; children: ReactNode }) {
  return typeof children === 'string' ? <p className={className}>{children}</p> : <div className={className}>{children}</div>;
}

export interface TipChecklistStepProps {
  item: TipChecklistItemData;
  /** The step's number (first + index). */
  number: number;
  list: Pick<TipChecklistList, 'labels' | 'locale' | 'collapsible'>;
  /** The checkbox of the interactive variant. */
  check?: ReactNode;
  /** The checkbox's id: the title becomes its label. */
  inputId?: string;
  /** `data-state` of the step in the interactive variant. */
  state?: 'checked' | 'unchecked';
}

/**
 * One step: number and title, then the explanation, sub-points and note. The same
 * markup for both variants; the interactive one adds a checkbox labelled by the title.
 */
export function TipChecklistStep({ item, number, list, check, inputId, state }: TipChecklistStepProps) {
  const { title, description, note } = item;
  const { labels } = list;
  const points = Array.isArray(item.points) ? item.points.filter((point) => point?.text != null) : [];
  // The note's lead-in ("Caution:") is real text, read first, so the tone never depends on colour.
  const tone = note && TONES.includes(note.tone!) ? note.tone! : 'info';
  const heading = (
    <>
      <span className="wr-tip-checklist__number">{formatPlural({ other: labels.number }, number, list.locale)}</span> {title}
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
                {point.label != null && <strong>{point.label} </strong>}
                {point.text}
              </li>
            ))}
          </ul>
        )}
        {note?.text != null && (
          <div className="wr-tip-checklist__note" data-tone={tone}>
            <strong>{labels[tone]} </strong>
            {note.text}
          </div>
        )}
      </div>
    ) : null;
  const details = list.collapsible && body;
  // Inside <summary> a <label> would toggle both, so there the title is a span; the
  // checkbox names itself after the title's id (`${inputId}-title`) either way.
  const Title = inputId && !details ? 'label' : 'span';
  const titleElement = (
    <Title className="wr-tip-checklist__title" htmlFor={Title === 'label' ? inputId : undefined} id={inputId && `${inputId}-title`}>
      {heading}
    </Title>
  );
  return (
    <li className="wr-tip-checklist__step" data-state={state}>
      {check}
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
    </li>
  );
}
