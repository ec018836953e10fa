/** Reader settings, stored by the background and read by every part of the extension. */
import type { Confidence } from './report.js';
import type { SourcingKind } from './sourcing-kinds.js';

export const HIGHLIGHT_STYLES = ['tint', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** "confident": confident matches only (default); "possible": also show possible matches. */
  confidence: Confidence;
  highlightStyle: HighlightStyle;
  /** Sourcing kinds whose cues are painted on the page (second highlight style). */
  paintKinds: SourcingKind[];
  /** Hostnames where Sourcelight is paused. */
  pausedSites: string[];
  /** Marks claims in the page with accessible markup; changes the page's DOM, so off by default. */
  screenReaderMode: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  confidence: 'confident',
  highlightStyle: 'tint',
  paintKinds: [],
  pausedSites: [],
  screenReaderMode: false,
});
