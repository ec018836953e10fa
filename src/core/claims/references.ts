/**
 * Checks that need the whole pack: unique ids and references that resolve. They run on the raw
 * value, so a pack with schema problems still gets its duplicate ids and broken references named.
 */
import type { Problem } from './validate.js';

type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (object: Json, key: string): unknown[] => (Array.isArray(object[key]) ? (object[key] as unknown[]) : []);

/** Ids of a list's members; a repeated id is a problem naming where it first appeared. */
function uniqueIds(list: readonly unknown[], listPath: string, what: string, report: (problem: Problem) => void): Set<string> {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else report({ path: `${listPath}[${i}].id`, message: `duplicate ${what} id "${item.id}" (already used by ${listPath}[${earlier}])` });
  });
  return new Set(first.keys());
}

export function crossCheck(pack: Json, report: (problem: Problem) => void): void {
  const entityIds = uniqueIds(listAt(pack, 'entities'), 'entities', 'entity', report);
  const claims = listAt(pack, 'claims');
  const claimIds = uniqueIds(claims, 'claims', 'claim', report);
  const lexicon = isObject(pack.lexicon) ? pack.lexicon : {};
  claims.forEach((claim, i) => {
    if (!isObject(claim)) return;
    const at = `claims[${i}]`;
    listAt(claim, 'involved').forEach((ref, j) => {
      if (isObject(ref) && typeof ref.entity === 'string' && !entityIds.has(ref.entity)) report({ path: `${at}.involved[${j}].entity`, message: `no entity "${ref.entity}" in this pack` });
    });
    listAt(claim, 'related').forEach((ref, j) => {
      if (!isObject(ref) || typeof ref.claim !== 'string') return;
      if (ref.claim === claim.id) report({ path: `${at}.related[${j}].claim`, message: 'a claim cannot relate to itself' });
      else if (!claimIds.has(ref.claim)) report({ path: `${at}.related[${j}].claim`, message: `no claim "${ref.claim}" in this pack` });
    });
    if (!isObject(claim.match)) return;
    const match = claim.match;
    const groups: [string, unknown[]][] = [
      ...listAt(match, 'all').map((g, j): [string, unknown[]] => [`${at}.match.all[${j}]`, Array.isArray(g) ? g : []]),
      ...listAt(match, 'any').map((g, j): [string, unknown[]] => [`${at}.match.any[${j}]`, Array.isArray(g) ? g : []]),
      [`${at}.match.none`, listAt(match, 'none')],
      [`${at}.match.facts`, listAt(match, 'facts')],
    ];
    for (const [path, terms] of groups) {
      terms.forEach((term, k) => {
        if (typeof term !== 'string') return;
        if (term.startsWith('@') && !Object.hasOwn(lexicon, term.slice(1))) report({ path: `${path}[${k}]`, message: `no lexicon entry "${term.slice(1)}"` });
        if (term.startsWith('#') && !entityIds.has(term.slice(1))) report({ path: `${path}[${k}]`, message: `no entity "${term.slice(1)}"` });
      });
    }
  });
}

