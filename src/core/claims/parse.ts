/**
 * Turns the text of a pack file into a validated pack, or into the list of its problems.
 * Pure: the CLI, the build and the background (imports from the options page) share it.
 */
import { validatePack, type Validation } from './validate.js';

/** Largest pack file accepted, in UTF-16 code units of its text (documented in the README). */
export const MAX_PACK_CHARS = 32 * 1024 * 1024;

export function parsePackText(text: string): Validation {
  if (text.length > MAX_PACK_CHARS) {
    return { ok: false, problems: [{ path: '', message: `file is larger than the ${MAX_PACK_CHARS / 1024 / 1024} MB limit for claim packs` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePack(value);
}
