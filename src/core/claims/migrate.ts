/**
 * Brings a pack written for an older schema version up to the current one, before validation,
 * and says what it changed. Each step rewrites version N into N+1, so any old file climbs the
 * same ladder. Steps only rename or reshape fields; they never invent content.
 *
 * Version 0 is the unversioned draft format (no `schemaVersion` field). It differed from 1 in:
 * - a claim's statement was called `text`;
 * - a source's kind was called `type`;
 * - statuses were written as labels: "confirmed on record", "unconfirmed", "contested",
 *   "denied on record", "debunked";
 * - `related` was an object mapping claim ids to relations: `{ "other-claim": "disputes" }`.
 */
import { SCHEMA_VERSION } from './schema.js';
import type { Problem } from './validate.js';

export type Migration = { ok: true; value: Record<string, unknown>; changes: Problem[] } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;
type Step = (pack: Json, changes: Problem[]) => void;

const V0_STATUSES: Record<string, string> = {
  'confirmed on record': 'confirmed',
  unconfirmed: 'unverified',
  contested: 'disputed',
  'denied on record': 'denied',
  debunked: 'false',
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rename(object: Json, from: string, to: string, path: string, changes: Problem[]): void {
  if (!(from in object) || to in object) return;
  object[to] = object[from];
  delete object[from];
  changes.push({ path: `${path}.${to}`, message: `renamed from "${from}"` });
}

const fromV0: Step = (pack, changes) => {
  if (!Array.isArray(pack.claims)) return;
  pack.claims.forEach((claim: unknown, i) => {
    if (!isObject(claim)) return;
    const path = `claims[${i}]`;
    rename(claim, 'text', 'statement', path, changes);
    const status = typeof claim.status === 'string' ? V0_STATUSES[claim.status.trim().toLowerCase()] : undefined;
    if (status) {
      changes.push({ path: `${path}.status`, message: `"${String(claim.status)}" is now written "${status}"` });
      claim.status = status;
    }
    if (Array.isArray(claim.sources)) {
      claim.sources.forEach((source: unknown, j) => {
        if (isObject(source)) rename(source, 'type', 'kind', `${path}.sources[${j}]`, changes);
      });
    }
    if (isObject(claim.related)) {
      claim.related = Object.entries(claim.related).map(([id, relation]) => ({ claim: id, relation }));
      changes.push({ path: `${path}.related`, message: 'rewritten from an object of id: relation into a list of { claim, relation }' });
    }
  });
};

/** STEPS[n] turns version n into version n + 1. */
const STEPS: readonly Step[] = [fromV0];

export function migratePack(input: Json): Migration {
  const declared = input.schemaVersion;
  if (declared !== undefined && (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0)) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `must be a whole number such as ${SCHEMA_VERSION}` }] };
  }
  const version = declared ?? 0;
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `version ${version} is newer than this Sourcelight understands (up to ${SCHEMA_VERSION}); update Sourcelight to read this pack` }],
    };
  }
  if (version === SCHEMA_VERSION) return { ok: true, value: input, changes: [] };
  const value = structuredClone(input);
  const changes: Problem[] = [];
  for (let v = version; v < SCHEMA_VERSION; v++) STEPS[v]!(value, changes);
  value.schemaVersion = SCHEMA_VERSION;
  changes.unshift({
    path: 'schemaVersion',
    message: declared === undefined ? `missing: read as the unversioned format 0 and migrated to ${SCHEMA_VERSION}` : `migrated from ${version} to ${SCHEMA_VERSION}`,
  });
  return { ok: true, value, changes };
}
