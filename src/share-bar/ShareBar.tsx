import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../internal/className';
import { warnOnce } from '../internal/warn';
import { shareBarLabels, type ShareBarLabels } from './labels';
import { checkedShareUrl, httpUrl, shareNetworks, withUtm, type ShareData, type ShareNetwork, type ShareTarget } from './shareUrl';
import { ShareBarRoot, type SharePopup } from './ShareBarRoot';
import { ShareButton } from './ShareButton';
import { icons } from './icons';

export interface ShareBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title' | 'color'>, ShareData {
  /** Controls in order: networks, "copy" (copy link) and "native" (the device's share sheet, where it exists). @default ["x", "linkedin", "facebook", "email", "copy"] */
  networks?: readonly ShareTarget[];
  /** Text before the controls. @default labels.label ("Share:") */
  label?: string;
  /** Keep the label for screen readers only. @default false */
  hideLabel?: boolean;
  /** Replacement text, e.g. `es.shareBar` from `wellread/locales`. @default English */
  labels?: ShareBarLabels;
  /** BCP 47 language of `labels`, set as the bar's `lang`. @default the page's */
  locale?: string;
  /** What each control shows (`data-display`). @default "both" */
  display?: 'icons' | 'labels' | 'both';
  /** Control size (`data-size`): 32, 44 or 52 px tall. @default "md" */
  size?: 'sm' | 'md' | 'lg';
  /** A row, or a column that sticks while the page scrolls (`data-orientation`). @default "horizontal" */
  orientation?: 'horizontal' | 'vertical';
  /** Corners of the controls (`data-shape`). @default "rounded" */
  shape?: 'rounded' | 'circle' | 'square';
  /** Each network's colour, or the theme's neutral colours (`data-color`). @default "brand" */
  color?: 'brand' | 'mono';
  /** Size of the window a network opens in, or `false` to let links open a new tab. @default { width: 600, height: 500 } */
  popup?: SharePopup | false;
  /** Called once per share with the network, "copy" or "native", for the site's own analytics. */
  onShare?: (network: ShareTarget) => void;
}

const defaultNetworks: readonly ShareTarget[] = ['x', 'linkedin', 'facebook', 'email', 'copy'];

/**
 * Share links that work without JavaScript: every network is a real link to its share
 * page, with no script, request or cookie of the network's. With JavaScript, links open
 * in a centred window, "copy" copies the link and "native" opens the share sheet.
 * Renders nothing when `url` is missing, relative or not http(s).
 */
export const ShareBar = /* @__PURE__ */ forwardRef<HTMLDivElement, ShareBarProps>(function ShareBar(props, ref) {
  const {
    url,
    title,
    text,
    hashtags,
    via,
    media,
    utm,
    networks = defaultNetworks,
    label,
    hideLabel = false,
    labels = shareBarLabels,
    locale,
    display = 'both',
    size = 'md',
    orientation = 'horizontal',
    shape = 'rounded',
    color = 'brand',
    popup,
    onShare,
    className,
    ...rest
  } = props;
  const page = httpUrl(url, 'ShareBar');
  if (!page) return null;

  const shared: ShareData = { url: page, title, text, hashtags, via, media, utm };
  const items = [...new Set(networks)].map((network) => {
    const known = Object.hasOwn(shareNetworks, network);
    if (!known && network !== 'copy' && network !== 'native') {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(`ShareBar: unknown network "${String(network)}" was ignored.`);
      }
      return null;
    }
    const email = network === 'email';
    const name = email ? labels.email : known ? shareNetworks[network as ShareNetwork] : labels[network as 'copy' | 'native'];
    // Both are always rendered; `data-display` on the bar hides one of them.
    const content = (
      <>
        <svg className="wr-share-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={icons[network]} />
        </svg>
        <span className="wr-share-text">{name}</span>
      </>
    );
    return (
      <li key={network} className="wr-share-item">
        {known ? (
          <a
            className="wr-share-link"
            data-network={network}
            href={checkedShareUrl(network as ShareNetwork, page, shared)}
            target={email ? undefined : '_blank'}
            rel={email ? undefined : 'noopener noreferrer'}
            aria-label={email ? labels.shareByEmail : labels.shareOn.replace('{network}', name)}
          >
            {content}
          </a>
        ) : (
          <ShareButton
            network={network as 'copy' | 'native'}
            url={withUtm(page, utm, network)}
            title={title}
            text={text}
            labels={labels}
            onShare={onShare}
          >
            {content}
          </ShareButton>
        )}
      </li>
    );
  });
  if (!items.some(Boolean)) return null;

  return (
    <ShareBarRoot
      ref={ref}
      className={cx('wr-share-bar wr-no-print', className)}
      lang={locale}
      data-display={display}
      data-size={size}
      data-orientation={orientation}
      data-shape={shape}
      data-color={color}
      popup={popup}
      onShare={onShare}
      {...rest}
    >
      <span className={hideLabel ? 'wr-visually-hidden' : 'wr-share-label'}>{label ?? labels.label}</span>
      <ul className="wr-share-list" role="list">
        {items}
      </ul>
    </ShareBarRoot>
  );
});
