/**
 * Paints ranges with the CSS Custom Highlight API: nothing is added to the page's DOM tree, so
 * its text and layout stay exactly as they were. The highlight names are random per session;
 * since a page can still delete or replace registry entries and adopted sheets, `keepAlive()`
 * puts ours back. The style sheet joins the page with the first range painted: adopting one
 * restyles the whole page, which a page with nothing to paint never has to pay.
 */
import type { SourcingKind } from '../core/sourcing-kinds.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import type { HighlightStyle } from '../core/settings.js';
import type { Confidence } from '../core/report.js';
import { highlightCss, pageScheme, randomHighlightNames, type HighlightNames } from './highlight-styles.js';

type StyleRoot = Document | ShadowRoot;

export class HighlightPainter {
  private readonly names: HighlightNames = randomHighlightNames();
  private readonly claim = new Highlight();
  private readonly possible = new Highlight();
  private readonly active = new Highlight();
  private readonly cues = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, new Highlight()])) as Record<SourcingKind, Highlight>;
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<StyleRoot>();
  private styled = false;

  constructor(
    private readonly doc: Document,
    private readonly style: HighlightStyle,
  ) {
    for (const cue of Object.values(this.cues)) cue.priority = 1;
    this.possible.priority = 2;
    this.claim.priority = 3;
    this.active.priority = 4;
    this.roots.add(doc);
  }

  paintClaim(range: Range, confidence: Confidence): void {
    this.ensureStyled();
    (confidence === 'confident' ? this.claim : this.possible).add(range);
  }

  paintCue(kind: SourcingKind, range: Range): void {
    this.ensureStyled();
    this.cues[kind].add(range);
  }

  /** Puts our sheet and highlights in place, once: the page's colours are read before the sheet restyles it. */
  private ensureStyled(): void {
    if (this.styled) return;
    this.styled = true;
    this.sheet.replaceSync(highlightCss(this.names, this.style, pageScheme(this.doc)));
    this.keepAlive();
  }

  /** Removes a range from every highlight it is in. */
  erase(range: Range): void {
    this.claim.delete(range);
    this.possible.delete(range);
    this.active.delete(range);
    for (const cue of Object.values(this.cues)) cue.delete(range);
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** Styles highlights inside an open shadow root too (a document's sheets do not reach into it). */
  adopt(root: StyleRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (this.styled) this.attachSheet(root);
  }

  /** Re-registers our highlights and sheets if the page removed or replaced them. */
  keepAlive(): void {
    if (!this.styled) return;
    const registry = CSS.highlights;
    const entries: [string, Highlight][] = [
      [this.names.claim, this.claim],
      [this.names.possible, this.possible],
      [this.names.active, this.active],
      ...SOURCING_KINDS.map((kind): [string, Highlight] => [this.names.cue[kind], this.cues[kind]]),
    ];
    for (const [name, highlight] of entries) if (registry.get(name) !== highlight) registry.set(name, highlight);
    for (const root of this.roots) this.attachSheet(root);
  }

  dispose(): void {
    const registry = CSS.highlights;
    for (const name of [this.names.claim, this.names.possible, this.names.active, ...Object.values(this.names.cue)]) registry.delete(name);
    for (const root of this.roots) {
      if (root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
    this.roots.clear();
  }

  /** Adopting changes neither the page's text nor its DOM tree (unlike a <style> element). */
  private attachSheet(root: StyleRoot): void {
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }
}
