/**
 * Where the tooltip goes: beside the sentence, never over it. Below the sentence's last line
 * when the tooltip fits there, else above its first line, else on whichever side has more room
 * with the tooltip's height capped to that room (it scrolls inside).
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The tooltip's height may not exceed this (it scrolls beyond). */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

/** `lines`: the sentence's client rects (one or more per line), in viewport coordinates. */
export function placeTooltip(lines: readonly Box[], size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const top = Math.min(...lines.map((line) => line.top));
  const bottom = Math.max(...lines.map((line) => line.bottom));
  const firstLine = lines.reduce((best, line) => (line.top < best.top ? line : best));
  const lastLine = lines.reduce((best, line) => (line.bottom > best.bottom ? line : best));
  const roomBelow = viewport.height - MARGIN - (bottom + GAP);
  const roomAbove = top - GAP - MARGIN;
  const below = size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove);
  const anchor = below ? lastLine : firstLine;
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(size.height, maxHeight);
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - width);
  return {
    top: below ? bottom + GAP : top - GAP - height,
    left,
    maxHeight,
    side: below ? 'below' : 'above',
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
