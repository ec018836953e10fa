/**
 * Hover: a few listeners on the document (trusted events only, one hit test per animation
 * frame) open a claim's tooltip when the pointer rests on its sentence, keep it open while the
 * pointer is on the sentence or the tooltip, and close it shortly after the pointer leaves both.
 */
import type { HitIndex } from '../page/hit-test.js';
import type { TooltipController } from '../ui/tooltip/controller.js';
import type { ClaimPresenter } from './presenter.js';
import type { PaintedSentence } from './records.js';

const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 350;

export interface HoverSources {
  hits: () => HitIndex<PaintedSentence> | null;
  shadowRoots: () => readonly ShadowRoot[];
}

export function watchHover(doc: Document, tooltip: TooltipController, presenter: ClaimPresenter, sources: HoverSources, signal: AbortSignal): void {
  let point: { x: number; y: number } | null = null;
  let frameQueued = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: PaintedSentence | null = null;
  /** The sentence under the pointer at the last check. */
  let under: PaintedSentence | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    cancelOpen();
    if (presenter.open?.via !== 'hover') return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => tooltip.close(false), CLOSE_DELAY_MS);
  };

  const check = () => {
    frameQueued = false;
    if (!point) return;
    if (tooltip.covers(point.x, point.y)) return cancelClose();
    const hit = sources.hits()?.at(doc, point.x, point.y, sources.shadowRoots()) ?? null;
    under = hit;
    if (!hit) return scheduleClose();
    if (hit === presenter.open?.sentence) {
      cancelOpen();
      return cancelClose();
    }
    if (hit === pending) return;
    cancelOpen();
    pending = hit;
    openTimer = setTimeout(() => {
      pending = null;
      cancelClose();
      if (presenter.open?.via !== 'keyboard') void presenter.show(hit, hit.result.hits[0]!.id, 'hover', () => under === hit && presenter.open?.via !== 'keyboard');
    }, OPEN_DELAY_MS);
  };

  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      point = { x: event.clientX, y: event.clientY };
      if (!frameQueued) {
        frameQueued = true;
        requestAnimationFrame(check);
      }
    },
    options,
  );
  doc.documentElement.addEventListener(
    'pointerleave',
    (event) => {
      if (!event.isTrusted) return;
      point = null;
      under = null;
      scheduleClose();
    },
    options,
  );
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
  });
}
