/**
 * Turns the bytes or text of a pack file into a validated pack, or into the list of its
 * problems. Pure: the CLI, the build and the background (imports from the options page) share
 * it. Untrusted input passes these gates in order, each cheap and none recursive:
 * size -> text encoding -> JSON grammar, depth and duplicate keys -> migration -> validation.
 */
import { MAX_JSON_DEPTH, readJson } from './json-text.js';
import { migratePack } from './migrate.js';
import { validatePack, type Problem } from './validate.js';
import type { ClaimPack } from './schema.js';

/** Largest pack file accepted, in bytes of UTF-8 (32 MiB; documented in docs/packs.md). */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;
/** The same limit for text already decoded (UTF-8 never takes fewer bytes than UTF-16 units). */
export const MAX_PACK_CHARS = MAX_PACK_BYTES;
export { MAX_JSON_DEPTH };

/** `changes` lists what migration from an older schema version rewrote (empty when current). */
export type PackParse = { ok: true; pack: ClaimPack; changes: Problem[] } | { ok: false; problems: Problem[] };

const fail = (message: string, path = ''): PackParse => ({ ok: false, problems: [{ path, message }] });
const mib = (n: number) => `${n / 1024 / 1024} MiB`;

export function parsePackBytes(bytes: Uint8Array): PackParse {
  const text = decodeUtf8(bytes, MAX_PACK_BYTES);
  return typeof text === 'string' ? parsePackText(text) : { ok: false, problems: [text] };
}

export function parsePackText(text: string): PackParse {
  const json = readJsonText(text, MAX_PACK_CHARS);
  if (!json.ok) return { ok: false, problems: json.problems };
  return parsePackValue(json.value);
}

/** For a value already read from JSON (an import the background received, say). */
export function parsePackValue(value: unknown): PackParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`a claim pack must be a JSON object with metadata and a "claims" list, not ${describe(value)}${claimReviewHint(value)}`);
  }
  const hint = claimReviewHint(value);
  if (hint) return fail(`this is not a claim pack${hint}`);
  const migration = migratePack(value as Record<string, unknown>);
  if (!migration.ok) return { ok: false, problems: migration.problems };
  const validation = validatePack(migration.value);
  return validation.ok ? { ok: true, pack: validation.pack, changes: migration.changes } : validation;
}

/**
 * Decodes UTF-8 strictly: binary files, other encodings and corrupt bytes are refused with the
 * byte offset, rather than silently becoming U+FFFD characters inside claim text.
 */
export function decodeUtf8(bytes: Uint8Array, maxBytes: number): string | Problem {
  if (bytes.length > maxBytes) return { path: '', message: `the file is larger than the ${mib(maxBytes)} limit` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { path: '', message: 'the file is UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { path: '', message: `the file holds binary data, not JSON text (a NUL byte at byte ${nul})` };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { path: '', message: `the file is not valid UTF-8 text (bad byte sequence at byte ${firstInvalidUtf8(bytes)})` };
  }
}

/** Size, NUL and grammar checks shared by packs and ClaimReview files. */
export function readJsonText(text: string, maxChars: number): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > maxChars) return { ok: false, problems: [{ path: '', message: `the file is larger than the ${mib(maxChars)} limit` }] };
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, problems: [{ path: '', message: `the file holds binary data, not JSON text (a NUL character at offset ${nul})` }] };
  const json = readJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  if (json.duplicates.length) return { ok: false, problems: json.duplicates };
  return { ok: true, value: json.value };
}

/** Byte offset of the first malformed sequence (overlong forms and surrogates included). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (length === 0 || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** JSON-LD (such as ClaimReview) is a common wrong input: point at the importer instead of listing noise. */
function claimReviewHint(value: unknown): string {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const graph = isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : undefined;
  const nodes = Array.isArray(value) ? value : (graph ?? [value]);
  return nodes.slice(0, 100).some((node) => isObject(node) && ('@type' in node || '@context' in node))
    ? ' (it looks like JSON-LD; convert schema.org ClaimReview with `sourcelight import-claimreview`)'
    : '';
}
