/**
 * WCAG AA contrast of the popup and options palette (extension/common.css) in the light and the
 * dark scheme, and of the sourcing cue colours on light and dark pages: text 4.5:1, controls,
 * borders and focus rings 3:1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SOURCING_KINDS } from '../../../src/core/sourcing-kinds.js';
import { CUE_STYLES } from '../../../src/ui/shared/sourcing-style.js';

const css = readFileSync(new URL('../../../extension/common.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})/g)].map(([, name, value]) => [name!, value!]));
}

const light = variables(css.slice(css.indexOf(':root'), css.indexOf('}')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...variables(css.slice(darkStart, css.indexOf('}\n}', darkStart))) };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent-text', 'accent'],
  ['error-text', 'error-bg'],
  ['notice-text', 'notice-bg'],
  ['confirmed-text', 'confirmed-bg'],
  ['disputed-text', 'disputed-bg'],
  ['unverified-text', 'unverified-bg'],
  ['denied-text', 'denied-bg'],
  ['false-text', 'false-bg'],
];
const GRAPHIC_PAIRS: [string, string][] = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
];

describe('palette contrast', () => {
  for (const [scheme, palette] of [['light', light], ['dark', dark]] as const) {
    it(`${scheme}: text at least 4.5:1, controls and focus at least 3:1`, () => {
      assert.ok(Object.keys(palette).length >= 20, 'palette parsed');
      for (const [fg, bg] of TEXT_PAIRS) assert.ok(contrast(palette[fg]!, palette[bg]!) >= 4.5, `${scheme} ${fg} on ${bg}: ${contrast(palette[fg]!, palette[bg]!).toFixed(2)}`);
      for (const [fg, bg] of GRAPHIC_PAIRS) assert.ok(contrast(palette[fg]!, palette[bg]!) >= 3, `${scheme} ${fg} on ${bg}: ${contrast(palette[fg]!, palette[bg]!).toFixed(2)}`);
    });
  }

  it('sourcing cue colours reach 4.5:1 on light and dark pages and on the popup surfaces', () => {
    for (const kind of SOURCING_KINDS) {
      const style = CUE_STYLES[kind];
      for (const bg of ['#ffffff', light['bg']!, light['surface']!]) assert.ok(contrast(style.light, bg) >= 4.5, `${kind} on ${bg}`);
      for (const bg of ['#1b1b1f', dark['bg']!, dark['surface']!]) assert.ok(contrast(style.dark, bg) >= 4.5, `${kind} on ${bg}`);
    }
  });

  it('every kind has a line style of its own, so no two differ by colour alone', () => {
    const shapes = SOURCING_KINDS.map((kind) => `${CUE_STYLES[kind].line}/${CUE_STYLES[kind].overline}`);
    assert.equal(new Set(shapes).size, SOURCING_KINDS.length);
  });
});
