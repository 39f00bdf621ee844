import {
  Children,
  cloneElement,
  forwardRef,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { cx } from '../internal/className';
import { blockLabel, headingTag, type ArticleBlocksLabels } from './blockLabels';
import { shown } from './parts';

/** One key point: a bold lead-in and its text. */
export interface KeyPoint {
  /** Bold lead-in, e.g. "Chronic Low-Grade Inflammation". */
  lead?: ReactNode;
  /** The point itself. */
  text: ReactNode;
}

export interface KeyPointsItemProps extends ComponentPropsWithoutRef<'li'> {
  /** Bold lead-in before the text; a separator (":") is added unless a text lead-in ends in punctuation. */
  lead?: ReactNode;
  /** Replacement separator, e.g. `fr.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, 'leadSeparator'>>;
}

// A lead-in that already ends a phrase ("Hydrate!", "Embrace Fiber:") gets no separator.
const ENDS_PHRASE = /[.:;,!?…–—؛؟：。]\s*$/u;

/** One item of `KeyPoints`: `<strong>` lead-in, a space, then the text, so copying keeps "Lead: text". */
export const KeyPointsItem = /* @__PURE__ */ forwardRef<HTMLLIElement, KeyPointsItemProps>(function KeyPointsItem(props, ref) {
  const { lead, labels, className, children, ...rest } = props;
  return (
    <li ref={ref} className={cx('wr-key-points__item', className)} {...rest}>
      {shown(lead) && [
        <strong key="l">
          {lead}
          {/* An empty separator is a choice (no separator), not an unfilled label. */}
          {typeof lead === 'string' && !ENDS_PHRASE.test(lead) && (labels?.leadSeparator ?? blockLabel(labels, 'leadSeparator'))}
        </strong>,
        ' ',
      ]}
      {children}
    </li>
  );
});

/**
 * An element MDX made from markdown and handed to the site's component (`p`, `ul`, `li` mapped in
 * mdx-components): its only prop is its children. Items (`KeyPointsItem`) and fragments are not.
 */
function markdown(node: ReactNode): boolean {
  return (
    isValidElement<object>(node) &&
    (typeof node.type == 'function' || typeof node.type == 'object') &&
    node.type !== KeyPointsItem &&
    Object.keys(node.props) + '' == 'children'
  );
}

export interface KeyPointsProps extends ComponentPropsWithoutRef<'div'> {
  /** The points as data; when not set, `children` (`KeyPointsItem`s, `<li>`s or an MDX list) are the items. */
  items?: readonly KeyPoint[];
  /** Visible heading above the list, e.g. "Key points". */
  heading?: ReactNode;
  /** Level of `heading`. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Accessible name of the list when it has no visible heading. */
  label?: string;
  /** `list`: a bulleted list in the text; `box`: a panel, e.g. a summary at the top. @default "list" */
  variant?: 'list' | 'box';
  /** Replacement separator for `items`' lead-ins, e.g. `fr.articleBlocks`. @default English */
  labels?: Partial<Pick<ArticleBlocksLabels, 'leadSeparator'>>;
}

/**
 * A list of points with bold lead-ins, from `items` or from children (`KeyPointsItem`,
 * `<li>` or an MDX list). Renders nothing when there are no points.
 */
export const KeyPoints = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyPointsProps>(function KeyPoints(props, ref) {
  const { items, heading, headingLevel, label, variant = 'list', labels, className, children, ...rest } = props;
  let nodes = Children.toArray(children).filter(shown);
  const [only] = nodes;
  const inner = isValidElement<{ children?: ReactNode }>(only) ? Children.toArray(only.props.children) : [];
  // MDX hands a markdown list over as one `<ul>`, or as the site's `ul` component around its
  // `li`s (`<li>` or the site's `li` component): take its items.
  const listed =
    nodes.length < 2 &&
    isValidElement(only) &&
    (only.type === 'ul' ||
      only.type === 'ol' ||
      (markdown(only) && inner.every((node) => !shown(node) || markdown(node) || (isValidElement(node) && node.type === 'li'))));
  if (listed) nodes = inner;
  const list = Array.isArray(items)
    ? // A point with neither lead-in nor text would be an empty bullet.
      items.filter((item) => item && (shown(item.lead) || shown(item.text))).map((item, index) => (
        <KeyPointsItem key={index} lead={item.lead} labels={labels}>
          {item.text}
        </KeyPointsItem>
      ))
    : nodes.map((node, index) =>
        isValidElement<{ className?: string }>(node) && node.type === 'li' ? (
          cloneElement(node, { className: cx('wr-key-points__item', node.props.className) })
        ) : !shown(node) || (isValidElement(node) && typeof node.type != 'string') ? (
          // Whitespace stays, and a component is an item as the site wrote it (`KeyPointsItem`,
          // its own item or `li`): what it renders is unknown here, and a second <li> would break it.
          node
        ) : (
          // Text, a paragraph or another block is a point of its own: a list holds only `<li>`s.
          <li key={index} className="wr-key-points__item">
            {node}
          </li>
        ),
      );
  // An MDX list of nothing but line breaks is no list either.
  if (!list.some(shown)) return null;
  const Heading = headingTag(headingLevel);
  return (
    <div ref={ref} className={cx('wr-key-points', className)} data-variant={variant} {...rest}>
      {shown(heading) && <Heading className="wr-key-points__heading">{heading}</Heading>}
      <ul className="wr-key-points__list" aria-label={label}>
        {list}
      </ul>
    </div>
  );
});
