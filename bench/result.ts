/**
 * One bench figure: the measured value, the baseline measured in the same run, their ratio,
 * and the target it is held to. Units and targets live here, in one table.
 */
export interface Target {
  /** Which number the target bounds. */
  of: 'ratio' | 'value';
  max: number;
}

export const FIGURES = {
  'scan-vs-segment': { unit: 'ms', target: { of: 'ratio', max: 3 } },
  'db-scaling': { unit: 'ms', target: { of: 'ratio', max: 2 } },
  'content-vs-extract': { unit: 'ms', target: { of: 'ratio', max: 3 } },
  'longest-task': { unit: 'ms', target: { of: 'value', max: 50 } },
  'content-script-gzip': { unit: 'bytes', target: { of: 'value', max: 40_960 } },
  'first-highlight': { unit: 'ms', target: null },
  // Per-tab cost must not grow with the database: the 100,000-claim figure over the bundled one.
  'heap-per-tab': { unit: 'MB', target: { of: 'ratio', max: 1.2 } },
  'heap-per-tab-bundled': { unit: 'MB', target: null },
} as const satisfies Record<string, { unit: string; target: Target | null }>;

export type FigureName = keyof typeof FIGURES;

export interface BenchResult {
  name: FigureName;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run. */
  baseline: number | null;
  ratio: number | null;
  target: Target | null;
  ok: boolean;
  /** What was measured, in a few words, for the table. */
  detail: string;
}

export function result(fields: { name: FigureName; value: number; baseline: number | null; detail: string }): BenchResult {
  const { unit, target } = FIGURES[fields.name];
  const ratio = fields.baseline ? fields.value / fields.baseline : null;
  const checked = target ? (target.of === 'ratio' ? ratio : fields.value) : fields.value;
  const ok = checked !== null && Number.isFinite(checked) && (target === null || checked <= target.max);
  return { ...fields, unit, ratio, target, ok };
}

/** A figure that could not be measured: reported, and counted as a miss. */
export function failed(name: FigureName, reason: string): BenchResult {
  const { unit, target } = FIGURES[name];
  return { name, value: Number.NaN, unit, baseline: null, ratio: null, target, ok: false, detail: `not measured: ${reason}` };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
