import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOOLTIP_CSS } from '../../../../src/ui/tooltip/styles.js';
import { CUE_STYLES } from '../../../../src/ui/shared/sourcing-style.js';
import { CLAIM_STATUSES } from '../../../../src/core/claims/schema.js';
import { SOURCING_KINDS } from '../../../../src/core/sourcing-kinds.js';

/** The custom properties of the tooltip in one scheme, read from its stylesheet. */
function palette(scheme: 'light' | 'dark'): Map<string, string> {
  const darkStart = TOOLTIP_CSS.indexOf('@media (prefers-color-scheme: dark)');
  const block = scheme === 'light' ? TOOLTIP_CSS.slice(0, darkStart) : TOOLTIP_CSS.slice(darkStart, TOOLTIP_CSS.indexOf('@media', darkStart + 10));
  const vars = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)) if (!vars.has(name!)) vars.set(name!, value!);
  return vars;
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every text colour of the tooltip meets WCAG AA (4.5:1) in the ${scheme} scheme`, () => {
    const vars = palette(scheme);
    const get = (name: string) => {
      const value = vars.get(name);
      assert.ok(value, `--${name} defined for ${scheme}`);
      return value;
    };
    const pairs: [string, string, string][] = [];
    for (const text of ['fg', 'muted', 'link']) for (const surface of ['bg', 'panel']) pairs.push([text, get(text), get(surface)]);
    for (const status of CLAIM_STATUSES) pairs.push([`status ${status}`, get(`${status}-fg`), get(`${status}-bg`)]);
    for (const kind of SOURCING_KINDS) for (const surface of ['bg', 'panel']) pairs.push([`kind ${kind} on ${surface}`, CUE_STYLES[kind][scheme], get(surface)]);
    for (const [what, fg, bg] of pairs) {
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${what}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
  });
}

test('the focus ring stands out from the tooltip background (3:1, WCAG non-text contrast)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const vars = palette(scheme);
    assert.ok(contrast(vars.get('focus')!, vars.get('bg')!) >= 3, scheme);
  }
});
