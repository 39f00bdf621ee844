import { forwardRef, type ReactNode } from 'react';
import { warnOnce } from '../internal/warn';
import { TipChecklistInteractive } from './TipChecklistInteractive';
import { TipChecklistItem } from './TipChecklistItem';
import { renderChecklist, type TipChecklistStaticProps } from './TipChecklistStatic';

export interface TipChecklistProps extends TipChecklistStaticProps {
  /** "interactive": checkboxes, progress and reset; "static": the numbered steps alone, no client code. @default "interactive" */
  variant?: 'interactive' | 'static';
  /** Keep ticks in localStorage under `id` (memory only when storage is unavailable). @default true */
  persist?: boolean;
  /** Version of the steps' content; a different version drops ticks stored under the old one. */
  version?: string | number;
  /** Ids of the ticked steps, when a parent controls them (nothing is stored then). */
  checked?: readonly string[];
  /** Ids ticked at first, before anything is stored. @default [] */
  defaultChecked?: readonly string[];
  /** Called with the ids of the ticked steps, in step order, after each change. */
  onCheckedChange?: (checked: string[]) => void;
  /** Shown (and announced, when it is text) once every step is ticked. */
  completeMessage?: ReactNode;
}

/**
 * Practical steps readers tick off over days. A server component: it reads `items` or
 * `<TipChecklistItem>` children and hands plain data to a small client component for
 * the checkboxes, progress and storage; `variant="static"` needs no client code.
 */
// Marked pure so bundlers drop it (and its client module) when it is not imported.
export const TipChecklist = /* @__PURE__ */ Object.assign(
  /* @__PURE__ */ forwardRef<HTMLElement, TipChecklistProps>(function TipChecklist(props, ref) {
    const { variant, persist = true, version, checked, defaultChecked, onCheckedChange, completeMessage, ...rest } = props;
    return renderChecklist(
      rest,
      ref,
      variant !== 'static' &&
        (({ id, ...list }) => {
          if (persist && !id && !checked && process.env.NODE_ENV !== 'production') warnOnce('TipChecklist: ticks are only stored for a checklist with an `id`.');
          return (
            <TipChecklistInteractive
              {...list}
              storageKey={persist && id ? `wellread:tip-checklist:${id}` : null}
              version={version}
              checked={checked}
              defaultChecked={defaultChecked}
              onCheckedChange={onCheckedChange}
              completeMessage={completeMessage}
            />
          );
        }),
    );
  }),
  /** Alias of `TipChecklistItem` (this module is no client module, so it works on the server too); docs use the flat name. */
  { Item: TipChecklistItem },
);
