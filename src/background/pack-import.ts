/**
 * Reads an imported file's text into a validated pack: a claim pack (migrated from an older
 * schema version when needed) or schema.org ClaimReview JSON-LD, told apart by content, not by
 * file name. Nothing here stores anything; a file with any problem yields only problems.
 */
import { importClaimReview, looksLikeClaimReview } from '../core/claims/claimreview.js';
import { MAX_PACK_CHARS, parsePackValue, readJsonText } from '../core/claims/parse.js';
import type { ClaimPack } from '../core/claims/schema.js';
import { formatProblem, type Problem } from '../core/claims/validate.js';

export type ReadImport =
  | { ok: true; pack: ClaimPack; kind: 'pack' | 'claimreview'; /** What was migrated or could not be mapped. */ notes: string[] }
  | { ok: false; problems: Problem[] };

export function readImport(text: string): ReadImport {
  const json = readJsonText(text, MAX_PACK_CHARS);
  if (!json.ok) return json;
  if (looksLikeClaimReview(json.value)) {
    const converted = importClaimReview(json.value);
    if (!converted.ok) return { ok: false, problems: converted.problems };
    return { ok: true, pack: converted.pack, kind: 'claimreview', notes: converted.notes.map(formatProblem) };
  }
  const parsed = parsePackValue(json.value);
  if (!parsed.ok) return parsed;
  return { ok: true, pack: parsed.pack, kind: 'pack', notes: parsed.changes.map(formatProblem) };
}
