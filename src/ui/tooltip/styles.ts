/**
 * The tooltip's own styles, inside its closed shadow root where page CSS cannot reach. Text
 * colours meet WCAG AA (4.5:1) against their backgrounds in both schemes; motion only when the
 * reader has not asked for less.
 */
import { SOURCING_KINDS } from '../../core/sourcing-kinds.js';
import { CUE_STYLES } from '../shared/sourcing-style.js';

const kindColours = (scheme: 'light' | 'dark') =>
  SOURCING_KINDS.map((kind) => `.sl-kind-${kind} { --kind: ${CUE_STYLES[kind][scheme]}; }`).join('\n');

export const TOOLTIP_CSS = `
:host { all: initial; }
.sl-tooltip {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4b4b55; --line: #c9c9d1; --link: #0b57d0; --focus: #0b57d0; --panel: #f4f4f7;
  --confirmed-fg: #14532d; --confirmed-bg: #dcfce7; --disputed-fg: #7c2d12; --disputed-bg: #ffedd5;
  --unverified-fg: #374151; --unverified-bg: #e5e7eb; --denied-fg: #7f1d1d; --denied-bg: #fee2e2;
  --false-fg: #7f1d1d; --false-bg: #fecaca;
  position: fixed; box-sizing: border-box; pointer-events: auto; z-index: 1;
  width: max-content; max-width: min(420px, calc(100vw - 16px)); overflow: auto; overscroll-behavior: contain;
  margin: 0; padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; direction: ltr;
  white-space: normal; letter-spacing: normal; word-spacing: normal; text-transform: none;
}
${kindColours('light')}
@media (prefers-color-scheme: dark) {
  .sl-tooltip {
    --bg: #1b1b1f; --fg: #f1f1f4; --muted: #b9b9c4; --line: #4a4a55; --link: #9ec5ff; --focus: #9ec5ff; --panel: #26262c;
    --confirmed-fg: #86efac; --confirmed-bg: #14361f; --disputed-fg: #fdba74; --disputed-bg: #3b2412;
    --unverified-fg: #d1d5db; --unverified-bg: #2e3138; --denied-fg: #fca5a5; --denied-bg: #3f1a1a;
    --false-fg: #fca5a5; --false-bg: #4a1717;
    box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
  }
  ${kindColours('dark')}
}
@media (prefers-reduced-motion: no-preference) {
  .sl-tooltip { animation: sl-in 120ms ease-out; }
  @keyframes sl-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
.sl-tooltip:focus { outline: none; }
.sl-tooltip:focus-visible, .sl-tooltip :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.sl-head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.sl-brand { font-size: 12px; color: var(--muted); flex: 1; }
.sl-close { all: unset; cursor: pointer; border-radius: 4px; padding: 0 6px; font-size: 18px; line-height: 24px; color: var(--fg); }
.sl-close:hover { background: var(--panel); }
.sl-statement { margin: 0 0 8px; font-size: 15px; font-weight: 600; line-height: 1.4; }
.sl-status { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.sl-status-confirmed { color: var(--confirmed-fg); background: var(--confirmed-bg); }
.sl-status-disputed { color: var(--disputed-fg); background: var(--disputed-bg); }
.sl-status-unverified { color: var(--unverified-fg); background: var(--unverified-bg); }
.sl-status-denied { color: var(--denied-fg); background: var(--denied-bg); }
.sl-status-false { color: var(--false-fg); background: var(--false-bg); }
.sl-note { margin: 4px 0 8px; color: var(--muted); font-size: 13px; }
.sl-section { margin: 10px 0 0; }
.sl-section h3, .sl-section h4 { margin: 0 0 4px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.sl-compare { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.sl-compare > div { background: var(--panel); border-radius: 6px; padding: 6px 8px; min-width: 0; }
.sl-list { list-style: none; margin: 0; padding: 0; }
.sl-list li { margin: 3px 0; }
.sl-kind { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; color: var(--kind); }
.sl-icon { flex: none; vertical-align: -3px; }
.sl-who { color: var(--fg); }
.sl-meta { color: var(--muted); font-size: 13px; }
.sl-quote { display: block; margin: 2px 0 0; font-style: italic; color: var(--muted); }
.sl-cue { font-style: italic; }
.sl-missing { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
a { color: var(--link); text-decoration: underline; border-radius: 2px; }
details { margin: 10px 0 0; }
summary { cursor: pointer; color: var(--muted); font-size: 13px; border-radius: 2px; }
.sl-reasons { margin: 4px 0 0; padding-left: 18px; font-size: 13px; color: var(--muted); }
.sl-hint { margin: 10px 0 0; font-size: 12px; color: var(--muted); }
.sl-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
