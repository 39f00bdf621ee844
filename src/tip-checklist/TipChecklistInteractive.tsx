'use client';
import { useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { formatPlural } from '../internal/plural';
import { useControllableState } from '../internal/useControllableState';
import { useStoredState, type StoredStateCodec } from '../internal/useStoredState';
import type { TipChecklistList } from './TipChecklistStatic';
import { TipChecklistSteps } from './TipChecklistSteps';

/** Plain, serialisable props: the server-side `TipChecklist` has already read items and children. */
export interface TipChecklistInteractiveProps extends Omit<TipChecklistList, 'id'> {
  storageKey: string | null;
  version: string | number | undefined;
  checked: readonly string[] | undefined;
  defaultChecked: readonly string[] | undefined;
  onCheckedChange: ((checked: string[]) => void) | undefined;
  completeMessage: ReactNode;
}

const NONE: readonly string[] = [];
const subscribeNothing = () => () => {};

/** Stored as `{ v, ids }`: ticks saved under another content version read as none. */
function idsCodec(version: string | number | undefined): StoredStateCodec<readonly string[]> {
  return {
    parse(raw) {
      const data = JSON.parse(raw) as { v?: unknown; ids?: unknown };
      return data.v === version && Array.isArray(data.ids)
        ? data.ids.filter((id): id is string => typeof id === 'string')
        : undefined;
    },
    stringify: (ids) => JSON.stringify({ v: version, ids }),
  };
}

/** Checkboxes, progress, reset and announcements of the interactive `TipChecklist`. */
export function TipChecklistInteractive(props: TipChecklistInteractiveProps) {
  const { steps, labels, locale, storageKey, version, completeMessage } = props;
  // false on the server and while hydrating, so the HTML matches; true right after.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const stored = useStoredState(storageKey, props.defaultChecked ?? NONE, idsCodec(version));
  // onCheckedChange gets a fresh array on every change, so handing it out as mutable is safe.
  const onChange = props.onCheckedChange as ((next: readonly string[]) => void) | undefined;
  const [value, setValue] = useControllableState(props.checked, stored, onChange);
  // The live region stays empty until the reader changes something: restoring stored
  // ticks after hydration is not news.
  const [spoken, setSpoken] = useState(false);
  const baseId = useId();

  const ticked = new Set(Array.isArray(value) ? value : NONE);
  const count = steps.filter((step) => ticked.has(step.id)).length;
  const total = steps.length;
  const progress = formatPlural(labels.progress, count, locale, { total });
  const complete = count === total;
  const update = (isTicked: (id: string) => boolean) => {
    setValue(steps.filter((step) => isTicked(step.id)).map((step) => step.id));
    setSpoken(true);
  };

  return (
    <>
      <p className="wr-tip-checklist__progress wr-no-print">
        {progress}
        <progress className="wr-tip-checklist__bar" max={total} value={count} aria-hidden="true" />
      </p>
      <TipChecklistSteps
        list={props}
        ticked={ticked}
        baseId={baseId}
        check={(step, inputId) => (
          <input
            type="checkbox"
            className="wr-tip-checklist__check"
            id={inputId}
            aria-labelledby={`${inputId}-title`}
            checked={ticked.has(step.id)}
            disabled={!hydrated}
            onChange={(event) => update((id) => (id === step.id ? event.currentTarget.checked : ticked.has(id)))}
          />
        )}
      />
      <div className="wr-tip-checklist__footer wr-no-print">
        {complete && completeMessage != null && <p className="wr-tip-checklist__complete">{completeMessage}</p>}
        <button
          type="button"
          className="wr-tip-checklist__reset"
          disabled={!hydrated}
          onClick={() => update(() => false)}
        >
          {labels.reset}
        </button>
      </div>
      <p role="status" className="wr-visually-hidden">
        {spoken ? (complete && typeof completeMessage === 'string' ? `${progress}. ${completeMessage}` : progress) : ''}
      </p>
    </>
  );
}
