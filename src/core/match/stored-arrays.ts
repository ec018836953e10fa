/**
 * Building blocks of a stored compiled matcher (see stored-matcher.ts): lists of lists as two
 * flat typed arrays (one structured clone of two buffers instead of hundreds of thousands of
 * small arrays), and checks of data read back from storage, which may be damaged. A failed
 * check throws `Damaged`, so a restore answers null rather than a matcher that misreads.
 */

/** The lists `values[offsets[i], offsets[i + 1])`. */
export interface Ragged {
  offsets: Int32Array;
  values: Int32Array;
}

export class Damaged extends Error {}

export function check(ok: boolean): asserts ok {
  if (!ok) throw new Damaged('stored matcher is damaged');
}

export function toRagged(lists: readonly (readonly number[] | undefined)[]): Ragged {
  const offsets = new Int32Array(lists.length + 1);
  // Index loops, not forEach: the compiled index's sparse arrays have holes forEach skips.
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    total += lists[i]?.length ?? 0;
    offsets[i + 1] = total;
  }
  const values = new Int32Array(total);
  for (let i = 0; i < lists.length; i++) values.set(lists[i] ?? [], offsets[i]!);
  return { offsets, values };
}

/** List i as a plain array: what the matcher reads. */
export function listAt(ragged: Ragged, i: number): number[] {
  const from = ragged.offsets[i]!;
  const out: number[] = new Array(ragged.offsets[i + 1]! - from);
  for (let k = 0; k < out.length; k++) out[k] = ragged.values[from + k]!;
  return out;
}

export function fields(value: unknown): Record<string, unknown> {
  check(typeof value === 'object' && value !== null && !Array.isArray(value));
  return value as Record<string, unknown>;
}

/** An Int32Array (of `length` when given) whose values are in [min, max). */
export function int32s(value: unknown, min: number, max: number, length?: number): Int32Array {
  check(value instanceof Int32Array && (length === undefined || value.length === length));
  for (const n of value) check(n >= min && n < max);
  return value;
}

export function typed<T extends Uint8Array | Float64Array>(value: unknown, kind: new (length: number) => T, length: number): T {
  check(value instanceof kind && value.length === length);
  return value as T;
}

export function strings(value: unknown, length?: number): string[] {
  check(Array.isArray(value) && (length === undefined || value.length === length));
  for (const s of value) check(typeof s === 'string');
  return value as string[];
}

/** `count` lists (any number when undefined) of values in [min, max). */
export function ragged(value: unknown, count: number | undefined, min: number, max: number): Ragged {
  const stored = fields(value);
  const offsets = int32s(stored['offsets'], 0, 2 ** 31 - 1, count === undefined ? undefined : count + 1);
  check(offsets.length > 0);
  count = offsets.length - 1;
  const values = int32s(stored['values'], min, max);
  check(offsets[0] === 0 && offsets[count] === values.length);
  for (let i = 0; i < count; i++) check(offsets[i]! <= offsets[i + 1]!);
  return { offsets, values };
}
