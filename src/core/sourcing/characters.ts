/**
 * Character classes of the tagger's reader, and the hashes that name a normalised word: lower
 * case, typographic apostrophes straight, invisible characters dropped.
 */

export const APOSTROPHE = 39;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Two independent 32-bit hashes of a normalised word: together they name it without storing it. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const CHECK_OFFSET = 0x2545f491;
export const CHECK_PRIME = 0x5bd1e995;

export function hashString(word: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
  return hash;
}

export function checkString(word: string): number {
  let check = CHECK_OFFSET;
  for (let k = 0; k < word.length; k++) check = Math.imul(check ^ word.charCodeAt(k), CHECK_PRIME);
  return check;
}

export function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return !Number.isNaN(code) && WORD_CHAR.test(text[i]!);
}

/** Soft hyphen and zero-width characters: read through, never part of a word's text. */
export function isInvisible(code: number): boolean {
  return code >= 0xad && (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff);
}

/** Characters that join two parts of one word: apostrophes, hyphens, invisible characters. */
export function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === 45 || code === 0x2019 || code === 0x2010 || code === 0x2011 || isInvisible(code);
}

export function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

export function isUpper(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Text [start, end) is in capitals throughout ("COURT FILING"): some letter has case, none is lower case. */
export function inCapitals(text: string, start: number, end: number): boolean {
  let cased = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      cased ||= code >= 65 && code <= 90;
      continue;
    }
    const ch = text[i]!;
    if (ch !== ch.toUpperCase()) return false;
    cased ||= ch !== ch.toLowerCase();
  }
  return cased;
}

export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 0x20 : code;
  if (code === 0x2019) return APOSTROPHE;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** The code unit a word character stands for in the vocabulary (lower case), or -1 when it is not a word character. */
export function wordCode(text: string, j: number): number {
  const code = text.charCodeAt(j);
  if (code < 128) {
    if (code >= 97 && code <= 122) return code;
    if (code >= 65 && code <= 90) return code | 0x20;
    return code >= 48 && code <= 57 ? code : -1;
  }
  return isWordChar(text, j) ? lowerCode(code) : -1;
}
