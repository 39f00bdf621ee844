import type { ReactNode } from 'react';
import { formatPlural } from '../internal/plural';
import type { TipChecklistList } from './TipChecklistStatic';
import type { TipChecklistItemData, TipChecklistNoteTone } from './types';

const TONES: readonly TipChecklistNoteTone[] = ['caution', 'info', 'tip', 'warning'];

/** A paragraph for text, a div for anything else (which may hold paragraphs of its own). */
export function Block({ className, children }: { className: string; children: ReactNode }) {
  return typeof children === 'string' ? <p className={className}>{children}</p> : <div className={className}>{children}</div>;
}

export interface TipChecklistStepsProps {
  list: Omit<TipChecklistList, 'id'>;
  /** Interactive variant: the ticked step ids (sets each step's `data-state`). */
  ticked?: ReadonlySet<string>;
  /** Interactive variant: prefix of the checkbox ids. */
  baseId?: string;
  /** Interactive variant: the checkbox of a step, given its id. */
  check?: (item: TipChecklistItemData, inputId: string) => ReactNode;
}

/**
 * The numbered steps, the same markup for both variants: number and title, then the
 * explanation, sub-points and note. The interactive variant adds a checkbox per step,
 * labelled by the number and title.
 */
export function TipChecklistSteps({ list, ticked, baseId, check }: TipChecklistStepsProps) {
  const { steps, first, labels, locale, collapsible } = list;
  return (
    <ol className="wr-tip-checklist__list" role="list" start={first}>
      {steps.map((item, index) => {
        const { title, description, note } = item;
        const points = Array.isArray(item.points) ? item.points.filter((point) => point?.text != null) : [];
        // The note's lead-in ("Caution:") is real text, read first, so the tone never depends on colour.
        const tone = note && TONES.includes(note.tone!) ? note.tone! : 'info';
        const inputId = baseId && baseId + index;
        const body =
          description != null || points.length > 0 || note?.text != null ? (
            <div className="wr-tip-checklist__body">
              {description != null && <Block className="wr-tip-checklist__description">{description}</Block>}
              {points.length > 0 && (
                <ul className="wr-tip-checklist__points">
                  {points.map((point, key) => (
                    <li key={key} className="wr-tip-checklist__point">
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
        const details = collapsible && body;
        // Inside <summary> a <label> would toggle both, so there the title is a span; the
        // checkbox names itself after the title's id (`${inputId}-title`) either way.
        const Title = inputId && !details ? 'label' : 'span';
        const titleElement = (
          <Title className="wr-tip-checklist__title" htmlFor={Title === 'label' ? inputId : undefined} id={inputId && `${inputId}-title`}>
            <span className="wr-tip-checklist__number">{formatPlural({ other: labels.number }, first + index, locale)}</span>{' '}
            {title}
          </Title>
        );
        return (
          <li
            key={item.id}
            className="wr-tip-checklist__step"
            data-state={ticked && (ticked.has(item.id) ? 'checked' : 'unchecked')}
          >
            {inputId && check?.(item, inputId)}
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
      })}
    </ol>
  );
}
