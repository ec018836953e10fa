/**
 * Text normalisation for matching: lower case, straight quotes, plain spaces and hyphens, no
 * invisible characters (soft hyphens, zero-width joiners, BOM), Latin letters without accents.
 * Page text is never changed; the normalised copy keeps a map back to original offsets so a
 * match found in it can be painted on the original.
 */

export interface Normalized {
  text: string;
  /**
   * `offsets[i]` is the original offset of normalised character `i`, and
   * `offsets[text.length]` the original length; null when the two texts align one to one.
   */
  offsets: Uint32Array | null;
}

/** Characters that are rewritten or dropped; anything else is only lower-cased. */
const SPECIAL = /[\u00a0\u00ad\u00c0-\u024f\u2000-\u2015\u2018-\u201f\u2026\u2032\u2033\u2060\u202f\u205f\u2212\u3000\ufeff]/;

const REPLACEMENTS = new Map<number, string>();
function replaceRange(from: number, to: number, by: string): void {
  for (let code = from; code <= to; code++) REPLACEMENTS.set(code, by);
}
replaceRange(0x2000, 0x200a, ' ');
for (const code of [0x00a0, 0x202f, 0x205f, 0x3000]) REPLACEMENTS.set(code, ' ');
for (const code of [0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]) REPLACEMENTS.set(code, '');
// Hyphens stay hyphens (they join words); dashes become one em dash (they separate clauses).
replaceRange(0x2010, 0x2012, '-');
replaceRange(0x2013, 0x2015, '\u2014');
REPLACEMENTS.set(0x2212, '-');
for (const code of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) REPLACEMENTS.set(code, "'");
for (const code of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) REPLACEMENTS.set(code, '"');
REPLACEMENTS.set(0x2026, '...');
// Accented Latin letters fold to their base letter (é -> e) when that is a single character.
for (let code = 0x00c0; code <= 0x024f; code++) {
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  if (base.charCodeAt(0) < 0x80) REPLACEMENTS.set(code, base);
}

/** Characters that change the length: dropped invisible ones and the ellipsis (three dots). */
const RESIZING = /[\u00ad\u200b-\u200f\u2026\u2060\ufeff]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
const replaceOne = (char: string) => REPLACEMENTS.get(char.charCodeAt(0)) ?? char;

export function normalize(original: string): Normalized {
  const lower = original.toLowerCase();
  if (lower.length === original.length) {
    if (!SPECIAL.test(lower)) return { text: lower, offsets: null };
    if (!RESIZING.test(lower)) return { text: lower.replace(SPECIAL_ALL, replaceOne), offsets: null };
  }
  return rewrite(original);
}

/** The slow path: run by run, recording where each output character came from. */
function rewrite(original: string): Normalized {
  const parts: string[] = [];
  const offsets = new Uint32Array(original.length * 3 + 1);
  let length = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end <= runStart) return;
    const run = original.slice(runStart, end);
    const lower = run.toLowerCase();
    if (lower.length === run.length) {
      parts.push(lower);
      for (let k = runStart; k < end; k++) offsets[length++] = k;
    } else {
      for (let k = runStart; k < end; k++) {
        const char = original.charAt(k).toLowerCase();
        parts.push(char);
        for (let j = 0; j < char.length; j++) offsets[length++] = k;
      }
    }
  };
  for (let i = 0; i < original.length; i++) {
    const replacement = REPLACEMENTS.get(original.charCodeAt(i));
    if (replacement === undefined) continue;
    flush(i);
    parts.push(replacement);
    for (let j = 0; j < replacement.length; j++) offsets[length++] = i;
    runStart = i + 1;
  }
  flush(original.length);
  offsets[length] = original.length;
  return { text: parts.join(''), offsets: offsets.slice(0, length + 1) };
}

/** Original offset of a normalised offset (0..text.length). */
export function toOriginal(normalized: Normalized, offset: number): number {
  return normalized.offsets ? (normalized.offsets[offset] ?? normalized.offsets[normalized.offsets.length - 1]!) : offset;
}

/**
 * Original end offset of a normalised end offset: past every original character folded into
 * the last normalised one (so a span never stops inside a surrogate pair or before dropped
 * invisible characters that belong to the next word).
 */
export function toOriginalEnd(normalized: Normalized, end: number): number {
  if (!normalized.offsets) return end;
  if (end <= 0) return 0;
  return normalized.offsets[end - 1]! + 1;
}
