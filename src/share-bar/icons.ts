import type { ShareNetwork } from './shareUrl';

/*
 * Line glyphs drawn for wellread on a 24-unit grid, stroked 2 units wide with round
 * ends (see .wr-share-icon). MIT like the rest of the package: no icon set was copied.
 * The names and logos they evoke are trademarks of their owners.
 */
export const icons: Record<ShareNetwork | 'copy' | 'native', string> = {
  x: 'M4 4h4l12 16h-4zM20 4l-6.5 7.5m-3 3L4 20',
  linkedin: 'M6 10v9m0-13v.1M10 19v-9m0 4c0-2 2-4 4-4s4 1 4 4v5',
  facebook: 'M16 4h-2a3 3 0 0 0-3 3v14m-4-10h7',
  email: 'M3 5h18v14H3zm0 1 9 7 9-7',
  whatsapp: 'M8 20a9 9 0 1 0-4-4l-1 5zm1-12c0 4 3 7 7 7',
  reddit: 'M4 14a8 5 0 1 0 16 0 8 5 0 1 0-16 0m8-5 1-5 4 1M9 13v.1m6-.1v.1',
  bluesky: 'M12 11C9 5 3 2 3 7c0 4 3 5 6 5-3 1-4 3-2 5 3 3 5-2 5-5 0 3 2 8 5 5 2-2 1-4-2-5 3 0 6-1 6-5 0-5-6-2-9 4z',
  threads: 'M17 8c-1-3-3-4-5-4-4 0-7 3-7 8s3 8 7 8 6-2 6-4-2-5-6-5-4 1-4 3 1 3 3 3 4-2 4-6',
  pinterest: 'M9 14c-3-2-2-10 4-10 7 0 6 12 1 12-2 0-3-1-2-3l1-5m-2 6-2 7',
  telegram: 'M21 4 3 11l6 2 2 6 3-3 5 4zM9 13l8-5-6 8',
  copy: 'M10 7H7a5 5 0 0 0 0 10h3m4-10h3a5 5 0 0 1 0 10h-3m-6-5h8',
  native: 'M12 15V3M8 7l4-4 4 4M8 10H5v11h14V10h-3',
};
