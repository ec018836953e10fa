/**
 * Runtime validation of claim packs: every problem is reported with its JSON path
 * (`claims[3].sources[0].kind`) and a reason, and a pack with any problem is rejected whole.
 */
import { z } from '../zod.js';
import { crossCheck, isObject } from './references.js';
import { claimSchema, entitySchema, packSchema, type ClaimPack } from './schema.js';

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

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') {
    const value = valueAt(root, issue.path);
    return value === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}, not ${kindOf(value)}`;
  }
  if (issue.code === 'invalid_value') {
    return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_key') return `the key "${String(issue.path[issue.path.length - 1])}" ${issue.issues[0]?.message ?? 'is not allowed'}`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `has more than ${issue.maximum} entries`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
  return issue.message;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : article(typeof value);
}

const byPath = new Intl.Collator('en', { numeric: true });

/** Past this many problems a file is clearly not a pack: checking stops, so no input costs unbounded memory. */
export const MAX_PROBLEMS = 1000;

const metaSchema = packSchema.omit({ entities: true, claims: true });
const LISTS: { key: 'entities' | 'claims'; schema: z.ZodType; element: z.ZodType }[] = [
  { key: 'entities', schema: packSchema.shape.entities, element: entitySchema },
  { key: 'claims', schema: packSchema.shape.claims, element: claimSchema },
];

let listLimits: Record<string, number> | undefined;
/** Longest `entities` and `claims` lists the schema allows, read once from its JSON Schema form. */
function maxItems(key: string): number {
  listLimits ??= Object.fromEntries(
    Object.entries((z.toJSONSchema(packSchema, { io: 'input' }) as { properties: Record<string, { maxItems?: number }> }).properties).map(([k, v]) => [k, v.maxItems ?? Infinity]),
  );
  return listLimits[key] ?? Infinity;
}

/**
 * Every problem, sorted by path so claims[2] comes before claims[10]. Lists are checked one
 * element at a time, so checking can stop after MAX_PROBLEMS (said in a last problem).
 */
export function validatePack(value: unknown): Validation {
  if (!isObject(value)) {
    return { ok: false, problems: [{ path: '', message: `a claim pack must be a JSON object, not ${kindOf(value)}` }] };
  }
  const problems: Problem[] = [];
  const report = (problem: Problem) => void (problems.length <= MAX_PROBLEMS && problems.push(problem));
  const collect = (result: z.ZodSafeParseResult<unknown>, prefix: PropertyKey[]): unknown => {
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = [...prefix, ...issue.path];
      report({ path: formatPath(path), message: describeIssue({ ...issue, path } as z.core.$ZodIssue, value) });
    }
    return undefined;
  };
  const { entities: _entities, claims: _claims, ...rest } = value;
  const pack: Record<string, unknown> = { ...(collect(metaSchema.safeParse(rest), []) as object | undefined) };
  for (const { key, schema, element } of LISTS) {
    const list = value[key];
    if (!Array.isArray(list) || list.length > maxItems(key)) {
      pack[key] = collect(schema.safeParse(list), [key]);
      continue;
    }
    const parsed: unknown[] = [];
    for (let i = 0; i < list.length && problems.length <= MAX_PROBLEMS; i++) parsed.push(collect(element.safeParse(list[i]), [key, i]));
    pack[key] = parsed;
  }
  crossCheck(value, report);
  if (problems.length === 0) return { ok: true, pack: pack as ClaimPack };
  problems.sort((a, b) => byPath.compare(a.path, b.path));
  if (problems.length > MAX_PROBLEMS) {
    problems.length = MAX_PROBLEMS;
    problems.push({ path: '', message: `checking stopped after ${MAX_PROBLEMS} problems; fix these and check again` });
  }
  return { ok: false, problems };
}
