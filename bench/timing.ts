/**
 * Timing in Node for the core benchmarks: warm up, then interleave baseline and subject runs so
 * that machine noise (other processes, CPU frequency) falls on both alike, and take medians.
 */
import { median } from './result.js';

export interface Paired {
  baseline: number;
  subject: number;
  baselineRuns: number[];
  subjectRuns: number[];
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timeOnce(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Milliseconds for each function, median of `runs` interleaved runs after `warmup` of each. */
export function timePaired(baseline: () => unknown, subject: () => unknown, runs: number, warmup = 1): Paired {
  for (let i = 0; i < warmup; i++) {
    baseline();
    subject();
  }
  const baselineRuns: number[] = [];
  const subjectRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (i % 2) {
      subjectRuns.push(timeOnce(subject));
      baselineRuns.push(timeOnce(baseline));
    } else {
      baselineRuns.push(timeOnce(baseline));
      subjectRuns.push(timeOnce(subject));
    }
  }
  return { baseline: median(baselineRuns), subject: median(subjectRuns), baselineRuns, subjectRuns };
}
