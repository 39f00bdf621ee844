import { Children, forwardRef, isValidElement, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from 'react';
import { withDefaults } from '../internal/labels';
import { warnOnce } from '../internal/warn';
import { tipChecklistLabels, type TipChecklistLabels } from './labels';
import { TipChecklistItem, type TipChecklistItemProps } from './TipChecklistItem';
import { Block, TipChecklistSteps } from './TipChecklistSteps';
import type { TipChecklistItemData } from './types';

export interface TipChecklistStaticProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'defaultChecked'> {
  /** Names the checklist: the element's id, and the key its ticks are stored under (interactive variant). */
  id?: string;
  /** The steps, as data. When set, `children` are not read. */
  items?: readonly TipChecklistItemData[];
  /** The steps, as `<TipChecklistItem>` elements (the same markup as `items`). */
  children?: ReactNode;
  /** Heading above the steps; it names the section when `id` is set. */
  heading?: ReactNode;
  /** Level of the heading element. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Text between the heading and the steps. */
  intro?: ReactNode;
  /** Number of the first step. @default 1 */
  start?: number;
  /** Spacing of the steps; sets `data-density`. @default "comfortable" */
  density?: 'comfortable' | 'compact';
  /** Folds each step's content under its title in a native `<details>` (open in print, found by find-in-page). @default false */
  collapsible?: boolean;
  /** BCP 47 locale for the step numbers and plural rules. @default "en" */
  locale?: string;
  /** Replacement text, e.g. `es.tipChecklist` from `wellread/locales`; missing keys stay English. @default English */
  labels?: Partial<TipChecklistLabels>;
}

/** What a variant's list is made from, once items, numbering and labels are resolved. */
export interface TipChecklistList {
  steps: TipChecklistItemData[];
  first: number;
  labels: TipChecklistLabels;
  locale: string;
  collapsible: boolean | undefined;
  id: string | undefined;
}

/**
 * The steps from `items`, or else from `<TipChecklistItem>` children (read here, on the
 * server, so a client component only ever receives data). Steps without a unique
 * string id are left out with a development warning.
 */
export function collectItems(items: readonly TipChecklistItemData[] | undefined, children: ReactNode): TipChecklistItemData[] {
  const list: unknown[] = Array.isArray(items)
    ? items
    : Children.toArray(children).map((child) => {
        if (!isValidElement(child) || child.type !== TipChecklistItem) return null;
        const { children: body, ...item } = child.props as TipChecklistItemProps;
        return { ...item, description: item.description ?? body };
      });
  const seen = new Set<string>();
  return list.filter((item): item is TipChecklistItemData => {
    const id = (item as TipChecklistItemData | null)?.id;
    const valid = typeof id === 'string' && id !== '' && !seen.has(id);
    if (valid) seen.add(id);
    else if (process.env.NODE_ENV !== 'production') warnOnce('TipChecklist: a step without a unique string `id` was left out.');
    return valid;
  });
}

const LEVELS = [2, 3, 4, 5, 6];

/**
 * The section, heading and intro around the list of steps: the static list, or what
 * `interactive` makes of the same resolved data. Null when there are no steps.
 */
export function renderChecklist(
  props: TipChecklistStaticProps,
  ref: ForwardedRef<HTMLElement>,
  interactive?: false | ((list: TipChecklistList) => ReactNode),
) {
  const { items, children, start, collapsible, locale = 'en', labels, heading, headingLevel, intro, density = 'comfortable', className, id, ...rest } =
    props;
  const steps = collectItems(items, children);
  if (steps.length === 0) return null;
  const list: TipChecklistList = {
    steps,
    first: Number.isInteger(start) ? start! : 1,
    labels: withDefaults(tipChecklistLabels, labels),
    locale,
    collapsible,
    id,
  };
  const Heading = `h${headingLevel && LEVELS.includes(headingLevel) ? headingLevel : 2}` as 'h2';
  const headingId = heading != null && id ? `${id}-heading` : undefined;
  return (
    <section
      ref={ref}
      id={id}
      // Inline rather than internal/className's cx: importing it costs 10 B of the 2.5 kB budget.
      className={className ? `wr-tip-checklist ${className}` : 'wr-tip-checklist'}
      data-variant={interactive ? 'interactive' : 'static'}
      data-density={density}
      aria-labelledby={headingId}
      {...rest}
    >
      {heading != null && (
        <Heading id={headingId} className="wr-tip-checklist__heading">
          {heading}
        </Heading>
      )}
      {intro != null && <Block className="wr-tip-checklist__intro">{intro}</Block>}
      {interactive ? interactive(list) : <TipChecklistSteps list={list} />}
    </section>
  );
}

/**
 * The numbered steps without checkboxes: a server component with no client code at
 * all, for pages that only want the steps. `<TipChecklist variant="static">` renders
 * the same; import this one to keep the interactive code out of a bundle entirely.
 */
// Marked pure so bundlers drop it when only TipChecklist is imported.
export const TipChecklistStatic = /* @__PURE__ */ forwardRef<HTMLElement, TipChecklistStaticProps>(function TipChecklistStatic(props, ref) {
  return renderChecklist(props, ref);
});
