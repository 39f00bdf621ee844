import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../internal/className';
import { warnOnce } from '../internal/warn';
import { referenceNumber, type ReferenceItem } from './referenceNumber';

export interface CiteProps extends Omit<ComponentPropsWithoutRef<'sup'>, 'id' | 'children'> {
  /** The `id` of the source in `References` (not the element's id: the link gets `cite-<id>-<occurrence>`). */
  id: string;
  /** The source's number in `References`; see `referenceNumber`. @default derived from `references` */
  number?: number;
  /** The same sources `References` shows, to derive `number` from. */
  references?: readonly Pick<ReferenceItem, 'id'>[];
  /** Which citation of this source this is (1, 2, …) when it is cited more than once. @default 1 */
  occurrence?: number;
}

/**
 * A superscript "[n]" after a claim, linking to its source in `References`, which links
 * back here. Numbers come from props, never from render order, so server and client agree.
 */
export const Cite = /* @__PURE__ */ forwardRef<HTMLElement, CiteProps>(function Cite(props, ref) {
  const { id, number, references, occurrence = 1, className, ...rest } = props;
  const n = number ?? (references && referenceNumber(references, id));
  // Only a whole number from 1 up is a source's number.
  if (!(Number.isInteger(n) && n! > 0)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`Cite: no number for source "${id}"${n == null ? '' : ` (${n} is not one)`}.`);
    return null;
  }
  // Without an id, References names a source by its number.
  const key = id || n;
  return (
    <sup ref={ref} className={cx('wr-cite', className)} {...rest}>
      <a className="wr-cite__link" href={`#ref-${key}`} id={`cite-${key}-${occurrence}`}>
        {`[${n}]`}
      </a>
    </sup>
  );
});
