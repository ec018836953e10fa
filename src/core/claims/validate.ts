/**
 * Runtime validation of claim packs: every problem is reported with its JSON path
 * (`claims[3].sources[0].kind`) and a reason, and a pack with any problem is rejected whole.
 */
import type { z } from 'zod';
import { packSchema, type ClaimPack } from './schema.js';

export interface Problem {
  /** JSON path in the written form `claims[0].id`; empty for the top level. */
  path: string;
  message: string;
}

export type Validation = { ok: true; pack: ClaimPack } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function formatProblem({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}, not ${kindOf(issue.input)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `has more than ${issue.maximum} entries`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
  return issue.message;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks that need the whole pack: unique ids and references that resolve. */
function crossCheck(pack: ClaimPack): Problem[] {
  const problems: Problem[] = [];
  const entityIds = new Set<string>();
  pack.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) problems.push({ path: `entities[${i}].id`, message: `duplicate entity id "${entity.id}"` });
    entityIds.add(entity.id);
  });
  const claimIds = new Set<string>();
  pack.claims.forEach((claim, i) => {
    if (claimIds.has(claim.id)) problems.push({ path: `claims[${i}].id`, message: `duplicate claim id "${claim.id}"` });
    claimIds.add(claim.id);
  });
  pack.claims.forEach((claim, i) => {
    claim.involved.forEach((ref, j) => {
      if (!entityIds.has(ref.entity)) problems.push({ path: `claims[${i}].involved[${j}].entity`, message: `no entity "${ref.entity}" in this pack` });
    });
    claim.related.forEach((ref, j) => {
      if (!claimIds.has(ref.claim)) problems.push({ path: `claims[${i}].related[${j}].claim`, message: `no claim "${ref.claim}" in this pack` });
      if (ref.claim === claim.id) problems.push({ path: `claims[${i}].related[${j}].claim`, message: 'a claim cannot relate to itself' });
    });
    const match = claim.match;
    if (!match) return;
    const groups: [string, readonly string[]][] = [
      ...match.all.map((g, j) => [`claims[${i}].match.all[${j}]`, g] as [string, readonly string[]]),
      ...match.any.map((g, j) => [`claims[${i}].match.any[${j}]`, g] as [string, readonly string[]]),
      [`claims[${i}].match.none`, match.none],
    ];
    for (const [path, terms] of groups) {
      terms.forEach((term, k) => {
        if (term.startsWith('@') && !(term.slice(1) in pack.lexicon)) problems.push({ path: `${path}[${k}]`, message: `no lexicon entry "${term.slice(1)}"` });
        if (term.startsWith('#') && !entityIds.has(term.slice(1))) problems.push({ path: `${path}[${k}]`, message: `no entity "${term.slice(1)}"` });
      });
    }
  });
  return problems;
}

export function validatePack(value: unknown): Validation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', message: `a claim pack must be a JSON object, not ${kindOf(value)}` }] };
  }
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })) };
  }
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
