/**
 * The visual language of sourcing kinds, shared by the page cues (content script), the tooltip,
 * and the popup legend so they cannot drift apart. Every kind differs by line style as well as
 * by colour (never colour alone); the colours come from the Okabe-Ito colour-blind-safe palette,
 * darkened for light backgrounds, and each reaches at least 4.5:1 against white (light) and
 * against #1b1b1f (dark).
 */
import type { SourcingKind } from '../../core/sourcing-kinds.js';

export type CueLine = 'wavy' | 'double' | 'solid' | 'dotted' | 'dashed';

export interface CueStyle {
  /** Line colour on light pages. */
  light: string;
  /** Line colour on dark pages. */
  dark: string;
  line: CueLine;
  /** Also drawn above the text, to tell it apart from the solid underline of documents. */
  overline: boolean;
}

export const CUE_STYLES: Readonly<Record<SourcingKind, CueStyle>> = Object.freeze({
  anonymous: { light: '#A65200', dark: '#FFB454', line: 'wavy', overline: false },
  intercept: { light: '#7A3E9D', dark: '#D7A8F5', line: 'double', overline: false },
  document: { light: '#0B5CAD', dark: '#82B9FF', line: 'solid', overline: false },
  'on-record': { light: '#00705A', dark: '#4FD1B0', line: 'dotted', overline: false },
  denial: { light: '#B3261E', dark: '#FF8A7A', line: 'dashed', overline: false },
  relayed: { light: '#6E5A00', dark: '#E8D264', line: 'solid', overline: true },
});

/**
 * CSS declarations for a cue of `kind`, usable inside `::highlight(...)` (which accepts only
 * colours, text-decoration and text-shadow) and on ordinary elements such as legend samples.
 */
export function cueDeclarations(kind: SourcingKind, scheme: 'light' | 'dark'): string {
  const style = CUE_STYLES[kind];
  const lines = style.overline ? 'underline overline' : 'underline';
  return `text-decoration-line: ${lines}; text-decoration-style: ${style.line}; text-decoration-color: ${style[scheme]}; text-decoration-thickness: 2px;`;
}
