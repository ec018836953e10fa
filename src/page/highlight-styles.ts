/**
 * The `::highlight()` rules for Sourcelight's highlights. Claims get a tint (or a thick underline,
 * by setting); possible matches a fainter tint with a dashed underline, so the two differ in
 * shape and not only in strength; the claim whose tooltip is open is tinted more strongly.
 * Sourcing cues use the shared per-kind line styles (shape and colour), in the dark palette on
 * pages whose background is dark (the page's colours matter here, not the reader's scheme).
 */
import { SOURCING_KINDS, type SourcingKind } from '../core/sourcing-kinds.js';
import type { HighlightStyle } from '../core/settings.js';
import { cueDeclarations } from '../ui/shared/sourcing-style.js';

export interface HighlightNames {
  claim: string;
  possible: string;
  active: string;
  cue: Record<SourcingKind, string>;
}

/** Fresh, unguessable names, so a page cannot target or pre-empt them. */
export function randomHighlightNames(): HighlightNames {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const prefix = `sl${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  const cue = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, `${prefix}-cue-${kind}`])) as Record<SourcingKind, string>;
  return { claim: `${prefix}-claim`, possible: `${prefix}-possible`, active: `${prefix}-active`, cue };
}

const TINT = {
  claim: 'background-color: rgba(255, 196, 0, 0.38);',
  possible: 'background-color: rgba(255, 196, 0, 0.16); text-decoration: underline dashed 1.5px rgba(176, 112, 0, 0.95);',
  active: 'background-color: rgba(255, 152, 0, 0.6);',
};
const UNDERLINE = {
  claim: 'text-decoration: underline solid 3px rgba(201, 122, 0, 0.95);',
  possible: 'text-decoration: underline dashed 2px rgba(201, 122, 0, 0.95);',
  active: 'background-color: rgba(255, 152, 0, 0.45); text-decoration: underline solid 3px rgba(201, 122, 0, 1);',
};

export function highlightCss(names: HighlightNames, style: HighlightStyle, scheme: 'light' | 'dark'): string {
  const claims = style === 'underline' ? UNDERLINE : TINT;
  const rules = [
    `::highlight(${names.claim}) { ${claims.claim} }`,
    `::highlight(${names.possible}) { ${claims.possible} }`,
    `::highlight(${names.active}) { ${claims.active} }`,
  ];
  for (const kind of SOURCING_KINDS) rules.push(`::highlight(${names.cue[kind]}) { ${cueDeclarations(kind, scheme)} }`);
  return rules.join('\n');
}

/** 'dark' when the page paints a dark background behind its text. */
export function pageScheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(view.getComputedStyle(element).backgroundColor);
    if (!rgba || rgba[4] === '0') continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100 ? 'dark' : 'light';
  }
  return 'light';
}
