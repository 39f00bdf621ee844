export { ShareBar, type ShareBarProps } from './ShareBar';
export type { SharePopup } from './ShareBarRoot';
export {
  shareUrl,
  shareNetworks,
  withUtm,
  type ShareData,
  type ShareNetwork,
  type ShareTarget,
  type ShareUtm,
} from './shareUrl';
export { shareBarLabels, type ShareBarLabels } from './labels';
