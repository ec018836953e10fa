/**
 * Opens a claim's tooltip on its sentence, whichever way the reader got there: hovering it,
 * choosing it in the popup (`showClaim`), or stepping through claims with the keyboard
 * (`stepClaim`). Only sentences Sourcelight painted itself can be shown, and only while their
 * text still reads as it did when it was scanned.
 */
import { stillReads } from '../page/ranges.js';
import type { TooltipController } from '../ui/tooltip/controller.js';
import { isAnchored, textOf, tooltipData, type PaintedSentence } from './records.js';
import type { Session } from './session.js';
import type { HighlightPainter } from '../page/painter.js';

export type Via = 'hover' | 'keyboard';

export class ClaimPresenter {
  private current: { sentence: PaintedSentence; via: Via } | null = null;
  /** The sentence shown last, where stepping continues from even after its tooltip closed. */
  private cursor: PaintedSentence | null = null;
  /** Counts requests to show: an answer that arrives after a newer request is dropped. */
  private requests = 0;

  constructor(
    private readonly view: Window,
    private readonly tooltip: TooltipController,
    private readonly active: () => { session: Session; painter: HighlightPainter } | null,
  ) {}

  get open(): { sentence: PaintedSentence; via: Via } | null {
    return this.current && this.tooltip.openClaimId ? this.current : null;
  }

  /** Called by the tooltip when it closes, whoever closed it. */
  closed(): void {
    this.current = null;
    this.active()?.painter.setActive(null);
  }

  /**
   * Opens the tooltip once the background has said why the sentence matched. `wanted` is asked
   * again then: the pointer may have moved on meanwhile.
   */
  async show(sentence: PaintedSentence, claimId: string, via: Via, wanted: () => boolean = () => true): Promise<boolean> {
    const active = this.active();
    if (!active || !showable(sentence)) return false;
    const request = ++this.requests;
    const details = await active.session.explain(sentence, claimId).catch(() => null);
    if (request !== this.requests || this.active() !== active || !wanted() || !showable(sentence)) return false;
    const data = details && tooltipData(sentence, claimId, details);
    const range = sentence.range;
    if (!data || !range) return false;
    if (via === 'keyboard') this.scrollTo(range);
    this.current = { sentence, via };
    this.cursor = sentence;
    active.painter.setActive(range);
    this.tooltip.open(data, range, via === 'keyboard');
    return true;
  }

  async showClaim(claimId: string): Promise<boolean> {
    const sentence = this.claimSentences().find((candidate) => candidate.result.hits.some((hit) => hit.id === claimId));
    return !!sentence && this.show(sentence, claimId, 'keyboard');
  }

  async step(direction: 1 | -1): Promise<boolean> {
    const sentences = this.claimSentences();
    if (sentences.length === 0) return false;
    const from = this.cursor ? sentences.indexOf(this.cursor) : -1;
    let index: number;
    if (from >= 0) {
      index = (from + direction + sentences.length) % sentences.length;
    } else {
      const tops = sentences.map((sentence) => sentence.range!.getBoundingClientRect().top);
      index = direction === 1 ? tops.findIndex((top) => top >= 0) : tops.findLastIndex((top) => top < this.view.innerHeight);
      if (index < 0) index = direction === 1 ? 0 : sentences.length - 1;
    }
    const sentence = sentences[index]!;
    return this.show(sentence, sentence.result.hits[0]!.id, 'keyboard');
  }

  /** Painted claim sentences in reading order (top to bottom, then left to right). */
  private claimSentences(): PaintedSentence[] {
    const session = this.active()?.session;
    if (!session) return [];
    const scrollY = this.view.scrollY;
    const positioned: { sentence: PaintedSentence; top: number; left: number }[] = [];
    for (const record of session.records.values()) {
      for (const sentence of record.claims) {
        if (!sentence.range || !isAnchored(sentence)) continue;
        const rect = sentence.range.getClientRects()[0];
        if (rect) positioned.push({ sentence, top: Math.round(rect.top + scrollY), left: rect.left });
      }
    }
    return positioned.sort((a, b) => a.top - b.top || a.left - b.left).map((item) => item.sentence);
  }

  private scrollTo(range: Range): void {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= this.view.innerHeight) return;
    const behavior: ScrollBehavior = this.view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
    const element = range.startContainer.parentElement;
    if (element && element.getBoundingClientRect().height < this.view.innerHeight * 0.8) {
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    } else {
      this.view.scrollBy({ top: rect.top - this.view.innerHeight / 3, behavior });
    }
  }
}

/** Only sentences painted and still reading as they did when scanned can be shown. */
function showable(sentence: PaintedSentence): boolean {
  const range = sentence.range;
  return !!range && isAnchored(sentence) && stillReads(range, textOf(sentence.record, sentence.result));
}
