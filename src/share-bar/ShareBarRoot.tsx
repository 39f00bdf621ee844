'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ShareNetwork, ShareTarget } from './shareUrl';

/** Size of the share window. */
export interface SharePopup {
  /** Width of the window in CSS pixels. @default 600 */
  width?: number;
  /** Height of the window in CSS pixels. @default 500 */
  height?: number;
}

export interface ShareBarRootProps extends ComponentPropsWithoutRef<'div'> {
  /** Size of the share window, or `false` to let links open a new tab. @default { width: 600, height: 500 } */
  popup?: SharePopup | false;
  /** Called once per link followed. */
  onShare?: (network: ShareTarget) => void;
}

/**
 * The bar's element, with one click listener for all its links: it reports the share
 * and opens the network in a centred window. Only when that window opened is the
 * link's own navigation cancelled, so a blocked popup still opens the new tab.
 */
export const ShareBarRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, ShareBarRootProps>(function ShareBarRoot(
  { popup, onShare, onClick, ...rest },
  ref,
) {
  return (
    <div
      ref={ref}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-network]');
        if (!link || event.defaultPrevented) return;
        onShare?.(link.dataset.network as ShareNetwork);
        // Email has no target; modified clicks ask for a tab or window of the reader's choosing.
        if (popup === false || !link.target || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const { width = 600, height = 500 } = popup ?? {};
        // Centred on the browser window; fractions are fine, window.open reads the integer part.
        const left = window.screenX + (window.outerWidth - width) / 2;
        const top = window.screenY + (window.outerHeight - height) / 2;
        // Not "noopener" in the features: with it window.open always returns null, and a
        // blocked popup could not be told apart. The opener is cut by hand instead.
        const opened = window.open(link.href, 'wr-share', `width=${width},height=${height},left=${left},top=${top}`);
        if (opened) {
          opened.opener = null;
          event.preventDefault();
        }
      }}
    />
  );
});
