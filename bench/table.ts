/** The readable form of the bench results: one aligned row per figure, then what each measured. */
import type { BenchResult } from './result.js';

function number(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '-';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
  return value.toFixed(Math.abs(value) >= 100 ? 0 : digits);
}

function targetText(result: BenchResult): string {
  if (!result.target) return 'none';
  return result.target.of === 'ratio' ? `ratio <= ${result.target.max}` : `<= ${result.target.max.toLocaleString('en')} ${result.unit}`;
}

export function formatTable(results: readonly BenchResult[], quick: boolean): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'ok'];
  const rows = results.map((r) => [
    r.name,
    `${number(r.value)} ${r.unit}`,
    r.baseline === null ? '-' : `${number(r.baseline)} ${r.name === 'content-script-gzip' ? 'bytes' : r.unit}`,
    number(r.ratio),
    targetText(r),
    !Number.isFinite(r.value) ? 'NOT MEASURED' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  const details = results.map((r) => `  ${r.name}: ${r.detail}`);
  const missed = results.filter((r) => !r.ok).length;
  return [
    quick ? 'Sourcelight bench (QUICK mode: tiny inputs, figures are not meaningful)' : 'Sourcelight bench',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...details,
    '',
    missed ? `${missed} of ${results.length} figures miss their target or were not measured.` : `All ${results.length} figures within target.`,
  ].join('\n');
}
