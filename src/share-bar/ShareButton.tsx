'use client';

import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ShareBarLabels } from './labels';
import type { ShareTarget } from './shareUrl';

export interface ShareButtonProps {
  /** "copy" copies the link; "native" opens the device's share sheet. */
  network: 'copy' | 'native';
  /** The URL to share, campaign parameters included. */
  url: string;
  /** Title for the share sheet. */
  title?: string;
  /** Text for the share sheet. */
  text?: string;
  /** The bar's text: the button's name, the live-region messages, the field's name. */
  labels: ShareBarLabels;
  /** Called once the link is copied or the share sheet has shared it. */
  onShare?: (network: ShareTarget) => void;
  /** Icon and visible text. */
  children: ReactNode;
}

// Support for the Web Share API never changes while the page is open: nothing to subscribe to.
const subscribe = () => () => {};
const canShare = () => typeof navigator.share === 'function';
const onServer = () => false;

/**
 * "Copy link" or the device's share sheet (Web Share API). Copy is rendered by the
 * server (a button: it works once JavaScript runs). The share-sheet button renders
 * only where `navigator.share` exists and only after hydration, so the server and the
 * first client render match; when sharing fails for any reason but the reader
 * closing the sheet (AbortError), the link is copied instead.
 *
 * Copying uses the Clipboard API; when it is missing or refuses, the URL is shown in a
 * read-only field, focused and selected, with a "Press Ctrl+C" hint. Feedback goes to
 * a polite live region that is always rendered, so screen readers announce it.
 *
 * Both buttons live in one client module because the share sheet falls back to copying;
 * one module is also about 100 B smaller than two in the bar's 3 kB budget.
 */
export function ShareButton({ network, url, title, text, labels, onShare, children }: ShareButtonProps) {
  // Named after the label shown in the live region.
  const [state, setState] = useState<'' | 'copied' | 'copyManually'>('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const supported = useSyncExternalStore(subscribe, canShare, onServer);
  if (network === 'native' && !supported) return null;

  const copy = async () => {
    // Emptying the region first makes a second "Link copied" an announcement too.
    setState('');
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      onShare?.('copy');
      timer.current = setTimeout(setState, 4000, '');
    } catch {
      setState('copyManually');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ url, title, text });
      onShare?.('native');
    } catch (error) {
      if ((error as Error | null)?.name !== 'AbortError') await copy();
    }
  };

  return (
    <>
      <button
        type="button"
        className="wr-share-link"
        data-network={network}
        aria-label={labels[network]}
        onClick={network === 'copy' ? copy : share}
      >
        {children}
      </button>
      <span className="wr-share-feedback">
        {state === 'copyManually' && (
          <input
            className="wr-share-field"
            readOnly
            value={url}
            aria-label={labels.linkField}
            // Shown in answer to the reader's click, so taking focus is expected.
            autoFocus
            onFocus={(event) => event.target.select()}
            onCopy={() => onShare?.('copy')}
            onBlur={() => setState('')}
          />
        )}
        <span role="status" className="wr-share-status">
          {state && labels[state]}
        </span>
      </span>
    </>
  );
}
