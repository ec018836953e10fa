/** Reads claim pack files for the CLI: size-checked before reading, then the core's parse gates. */
import { basename, join } from 'node:path';
import { MAX_PACK_BYTES, parsePackBytes, type PackParse } from '../core/claims/parse.js';
import type { ClaimPack } from '../core/claims/schema.js';
import { formatProblem } from '../core/claims/validate.js';
import { bundledPackFiles, loadBundledPacks } from './bundled-packs.js';
import { projectRoot } from './project-root.js';
import { InputError, readInputFile } from './read-input.js';

/** Never throws for a bad file: unreadable files come back as a problem like any other. */
export function readPackFile(file: string): PackParse {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file, MAX_PACK_BYTES, 'claim packs');
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: [{ path: '', message: error.message }] };
    throw error;
  }
  return parsePackBytes(bytes);
}

export interface LoadedPack {
  /** "bundled:<file name>" or "pack:<path as given>": what the matcher and messages call it. */
  id: string;
  pack: ClaimPack;
}

/**
 * The packs a scan uses: the bundled database unless left out, then each --pack file. A bad
 * pack file, or a claim id given by two packs, stops the scan with every problem listed.
 */
export function loadScanPacks(extraFiles: readonly string[], bundled: boolean): LoadedPack[] {
  const loaded: LoadedPack[] = [];
  if (bundled) {
    const dir = join(projectRoot(), 'extension/claims');
    const files = bundledPackFiles(dir);
    loadBundledPacks(dir).forEach((pack, i) => loaded.push({ id: `bundled:${basename(files[i]!)}`, pack }));
  }
  const failures: string[] = [];
  for (const file of extraFiles) {
    const result = readPackFile(file);
    if (result.ok) loaded.push({ id: `pack:${file}`, pack: result.pack });
    else failures.push(`${file}: invalid claim pack:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  const owner = new Map<string, string>();
  for (const { id, pack } of loaded) {
    for (const claim of pack.claims) {
      const first = owner.get(claim.id);
      if (first) failures.push(`${id.replace(/^pack:/, '')}: claim id "${claim.id}" is also in ${first.replace(/^pack:/, '')}`);
      else owner.set(claim.id, id);
    }
  }
  if (failures.length) throw new InputError(failures.join('\n'));
  return loaded;
}
