/**
 * A compiled index as plain structured-clonable data (typed arrays, arrays, plain objects,
 * strings), so the background can keep it in IndexedDB and a woken service worker restores it
 * instead of compiling a large pack again (seconds for 100,000 claims). Data read back may be
 * damaged or written by another version: it is restored only when it is exactly this format and
 * every index in it points inside what it indexes; otherwise the answer is null.
 */
import type { ClaimView } from '../../platform/messages.js';
import type { CompiledIndex, Pattern } from './compiled-index.js';
import { GROUP_BASE } from './slot-groups.js';
import { Damaged, check, fields, int32s, listAt, ragged, strings, toRagged, typed, type Ragged } from './stored-arrays.js';
import { restoreClaims, storeClaims, type StoredClaims } from './stored-claims.js';
import { restorePostings, storePostings, type StoredPostings } from './stored-postings.js';
import { restoreTable, storeTable, type StoredTable } from './stored-table.js';

/** Bump whenever anything compiled changes shape or meaning: older stored data is then ignored. */
export const MATCHER_FORMAT = 40;
const MARK = 'sourcelight-matcher';

export interface StoredMatcher {
  mark: typeof MARK;
  format: number;
  table: StoredTable;
  /** Pattern i's slots, weights, required, entity and scoped flags are list i of `slots` and the same range of the others. */
  patterns: {
    claim: Int32Array;
    slots: Ragged;
    weights: Float64Array;
    required: Uint8Array;
    entity: Uint8Array;
    scoped: Uint8Array;
    /** Bit 0: negated; bit 1: derived; bit 2: forgets. */
    flags: Uint8Array;
    /** Each pattern's facts slot, or -1 (Pattern.facts). */
    facts: Int32Array;
    requiredCount: Int32Array;
    total: Float64Array;
    optionalTotal: Float64Array;
  };
  claims: StoredClaims;
  groups: Ragged;
  aliases: Ragged;
  postings: StoredPostings;
}

export function storeIndex(index: CompiledIndex): StoredMatcher {
  const { patterns } = index;
  const flat = (pick: (pattern: Pattern) => readonly number[]) => patterns.flatMap(pick);
  return {
    mark: MARK,
    format: MATCHER_FORMAT,
    table: storeTable(index.table, index.lexicon),
    patterns: {
      claim: Int32Array.from(patterns, (pattern) => pattern.claim),
      slots: toRagged(patterns.map((pattern) => pattern.slots)),
      weights: Float64Array.from(flat((pattern) => pattern.weights)),
      required: Uint8Array.from(flat((pattern) => pattern.required)),
      entity: Uint8Array.from(flat((pattern) => pattern.entity)),
      scoped: Uint8Array.from(flat((pattern) => pattern.scoped)),
      flags: Uint8Array.from(patterns, (pattern) => (pattern.negated ? 1 : 0) | (pattern.derived ? 2 : 0) | (pattern.forgets ? 4 : 0)),
      facts: Int32Array.from(patterns, (pattern) => pattern.facts),
      requiredCount: Int32Array.from(patterns, (pattern) => pattern.requiredCount),
      total: Float64Array.from(patterns, (pattern) => pattern.total),
      optionalTotal: Float64Array.from(patterns, (pattern) => pattern.optionalTotal),
    },
    claims: storeClaims(index),
    groups: toRagged(index.groups),
    aliases: toRagged(index.aliases),
    postings: storePostings(index.postings),
  };
}

/** The index stored data holds, or null when it is not exactly this format or is damaged. */
export function restoreIndex(data: unknown): CompiledIndex | null {
  try {
    const stored = fields(data);
    if (stored['mark'] !== MARK || stored['format'] !== MATCHER_FORMAT) return null;
    const { table, lexicon } = restoreTable(stored['table']);
    const featureCount = table.features.length;
    const groups = ragged(stored['groups'], undefined, 0, featureCount);
    const groupCount = groups.offsets.length - 1;
    const claims = fields(stored['claims']);
    const ids = strings(claims['ids']);
    const views = strings(claims['views'], ids.length);
    const patterns = restorePatterns(stored['patterns'], ids.length, featureCount, GROUP_BASE + groupCount);
    const byId = new Map<string, number>();
    ids.forEach((id, i) => byId.set(id, i));
    check(byId.size === ids.length);
    const parsed: (ClaimView | undefined)[] = [];
    const aliases = ragged(stored['aliases'], featureCount, 0, featureCount);
    return {
      table,
      lexicon,
      patterns,
      claims: restoreClaims(claims, ids, featureCount, patterns.length),
      view: (claim) => (parsed[claim] ??= parseView(views[claim], ids[claim])),
      byId,
      groups: Array.from({ length: groupCount }, (_, g) => listAt(groups, g)),
      aliases: Array.from({ length: featureCount }, (_, f) => (aliases.offsets[f] === aliases.offsets[f + 1] ? undefined : listAt(aliases, f))),
      postings: restorePostings(stored['postings'], featureCount, patterns.length),
    };
  } catch (error) {
    // Damaged data fails a check, or (a getter, a detached buffer) a built-in: never the caller's problem.
    if (error instanceof Damaged || error instanceof TypeError || error instanceof RangeError) return null;
    throw error;
  }
}

/** A stored view, or undefined (no claim rather than a wrong one) when it is damaged. */
function parseView(json: string | undefined, id: string | undefined): ClaimView | undefined {
  try {
    const view = fields(JSON.parse(json ?? ''));
    const named = typeof view['statement'] === 'string' && typeof view['packId'] === 'string' && typeof view['packName'] === 'string';
    return view['id'] === id && named ? (view as unknown as ClaimView) : undefined;
  } catch {
    return undefined;
  }
}

/** Slots are features below `featureCount` or groups from GROUP_BASE up to `slotEnd`. */
function restorePatterns(value: unknown, claimCount: number, featureCount: number, slotEnd: number): Pattern[] {
  const stored = fields(value);
  const claim = int32s(stored['claim'], 0, claimCount);
  const count = claim.length;
  const slots = ragged(stored['slots'], count, 0, slotEnd);
  for (const slot of slots.values) check(slot < featureCount || slot >= GROUP_BASE);
  const slotTotal = slots.values.length;
  const weights = typed(stored['weights'], Float64Array, slotTotal);
  const required = typed(stored['required'], Uint8Array, slotTotal);
  const entity = typed(stored['entity'], Uint8Array, slotTotal);
  const scoped = typed(stored['scoped'], Uint8Array, slotTotal);
  const flags = typed(stored['flags'], Uint8Array, count);
  const facts = int32s(stored['facts'], -1, slotEnd, count);
  const requiredCount = int32s(stored['requiredCount'], 0, 2 ** 31 - 1, count);
  const total = typed(stored['total'], Float64Array, count);
  const optionalTotal = typed(stored['optionalTotal'], Float64Array, count);
  const out: Pattern[] = new Array(count);
  for (let p = 0; p < count; p++) {
    const from = slots.offsets[p]!;
    const length = slots.offsets[p + 1]! - from;
    // Plain arrays of exact length (see toPattern in compile.ts), filled by index: a large pack
    // restores hundreds of thousands of them, and iterator-built ones cost twice the time.
    const slotList: number[] = new Array(length);
    const weightList: number[] = new Array(length);
    const requiredList: number[] = new Array(length);
    const entityList: number[] = new Array(length);
    const scopedList: number[] = new Array(length);
    for (let k = 0; k < length; k++) {
      slotList[k] = slots.values[from + k]!;
      weightList[k] = weights[from + k]!;
      requiredList[k] = required[from + k]!;
      entityList[k] = entity[from + k]!;
      scopedList[k] = scoped[from + k]!;
    }
    out[p] = {
      claim: claim[p]!,
      slots: slotList,
      weights: weightList,
      required: requiredList,
      entity: entityList,
      scoped: scopedList,
      requiredCount: requiredCount[p]!,
      total: total[p]!,
      optionalTotal: optionalTotal[p]!,
      negated: (flags[p]! & 1) !== 0,
      derived: (flags[p]! & 2) !== 0,
      forgets: (flags[p]! & 4) !== 0,
      facts: facts[p]!,
    };
  }
  return out;
}
