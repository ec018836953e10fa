/**
 * Draws Sourcelight's icon from code: extension/icons/icon-{16,32,48,128}.png and icon.svg,
 * the same shapes rasterised with anti-aliased edges (signed distance fields) and written as SVG.
 *
 *   npx tsx scripts/draw-icons.ts
 *
 * The motif: lines of text on an ink-blue tile, the middle one swept by a highlighter stroke,
 * and a lens over the page. The 16px icon drops the details that would only blur and puts its
 * edges on whole pixels.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './lib/png.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'extension/icons');
const GRID = 128;
const SIZES = [16, 32, 48, 128] as const;

type Rgb = readonly [number, number, number];
const TILE: Rgb = [0x1c, 0x3f, 0x6e];
const INK: Rgb = [0x14, 0x2b, 0x4c];
const PAPER: Rgb = [0xe9, 0xef, 0xf7];
const MARKER: Rgb = [0xff, 0xcf, 0x33];
const LENS: Rgb = [0xff, 0xff, 0xff];

/** Shapes in a 128-unit grid, painted in order. */
type Shape =
  | { kind: 'rect'; cx: number; cy: number; w: number; h: number; r: number; angle: number; color: Rgb }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb }
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number; color: Rgb };

/** Geometry per size: 16px gets fewer, bolder strokes on whole pixels (8 units = 1px there). */
function design(size: number): Shape[] {
  const small = size <= 16;
  const inset = (Math.max(1, Math.round((size * 4) / GRID)) * GRID) / size;
  const tile: Shape = { kind: 'rect', cx: 64, cy: 64, w: GRID - 2 * inset, h: GRID - 2 * inset, r: small ? 24 : 26, angle: 0, color: TILE };
  if (small) {
    return [
      tile,
      { kind: 'rect', cx: 64, cy: 32, w: 64, h: 16, r: 0, angle: 0, color: PAPER },
      { kind: 'rect', cx: 64, cy: 64, w: 96, h: 32, r: 4, angle: 0, color: MARKER },
      { kind: 'rect', cx: 60, cy: 68, w: 56, h: 8, r: 0, angle: 0, color: INK },
      { kind: 'rect', cx: 56, cy: 96, w: 48, h: 16, r: 0, angle: 0, color: PAPER },
    ];
  }
  return [
    tile,
    { kind: 'line', x1: 32, y1: 32, x2: 92, y2: 32, width: 10, color: PAPER },
    { kind: 'rect', cx: 62, cy: 64, w: 100, h: 30, r: 4, angle: -5, color: MARKER },
    { kind: 'line', x1: 30, y1: 66, x2: 90, y2: 61, width: 9, color: INK },
    { kind: 'line', x1: 32, y1: 96, x2: 58, y2: 96, width: 10, color: PAPER },
    { kind: 'ring', cx: 88, cy: 92, r: 15, width: 8, color: LENS },
    { kind: 'line', x1: 99, y1: 103, x2: 110, y2: 114, width: 10, color: LENS },
  ];
}

/** Signed distance in grid units from (x, y) to the shape's edge; negative inside. */
function distance(shape: Shape, x: number, y: number): number {
  switch (shape.kind) {
    case 'rect': {
      const a = (-shape.angle * Math.PI) / 180;
      const dx = x - shape.cx;
      const dy = y - shape.cy;
      const px = Math.abs(dx * Math.cos(a) - dy * Math.sin(a)) - shape.w / 2 + shape.r;
      const py = Math.abs(dx * Math.sin(a) + dy * Math.cos(a)) - shape.h / 2 + shape.r;
      return Math.hypot(Math.max(px, 0), Math.max(py, 0)) + Math.min(Math.max(px, py), 0) - shape.r;
    }
    case 'line': {
      const vx = shape.x2 - shape.x1;
      const vy = shape.y2 - shape.y1;
      const t = Math.min(1, Math.max(0, ((x - shape.x1) * vx + (y - shape.y1) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - shape.x1 - t * vx, y - shape.y1 - t * vy) - shape.width / 2;
    }
    case 'ring':
      return Math.abs(Math.hypot(x - shape.cx, y - shape.cy) - shape.r) - shape.width / 2;
  }
}

/** Rasterises with 4x4 samples per pixel, each covered by how far it lies inside the edge. */
function rasterise(size: number): Uint8Array {
  const shapes = design(size);
  const scale = GRID / size;
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation over the samples, painting shapes back to front.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const shape of shapes) {
            const cover = Math.min(1, Math.max(0, 0.5 - (distance(shape, x, y) / scale) * samples));
            if (cover === 0) continue;
            cr = shape.color[0] * cover + cr * (1 - cover);
            cg = shape.color[1] * cover + cg * (1 - cover);
            cb = shape.color[2] * cover + cb * (1 - cover);
            ca = cover + ca * (1 - cover);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      rgba[i + 3] = Math.round((a / n) * 255);
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
    }
  }
  return rgba;
}

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svgElement(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${shape.cx - shape.w / 2}" y="${shape.cy - shape.h / 2}" width="${shape.w}" height="${shape.h}" rx="${shape.r}" fill="${hex(shape.color)}"${shape.angle ? ` transform="rotate(${shape.angle} ${shape.cx} ${shape.cy})"` : ''}/>`;
    case 'line':
      return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${hex(shape.color)}" stroke-width="${shape.width}" stroke-linecap="round"/>`;
    case 'ring':
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="none" stroke="${hex(shape.color)}" stroke-width="${shape.width}"/>`;
  }
}

for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), encodePng(size, size, rasterise(size)));
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${GRID}" height="${GRID}" viewBox="0 0 ${GRID} ${GRID}">`,
  '<title>Sourcelight</title>',
  ...design(GRID).map((shape) => `  ${svgElement(shape)}`),
  '</svg>',
  '',
].join('\n');
writeFileSync(join(out, 'icon.svg'), svg);
console.log(`wrote ${SIZES.map((size) => `icon-${size}.png`).join(', ')} and icon.svg to ${out}`);
