/**
 * User Timing marks for the bench (`sourcelight:start`, `first-highlight`, `painted`, and the
 * `longest-task` measure). They exist only in the copy the bench builds for itself
 * (`__SOURCELIGHT_BENCH__` defined true): a page shares the performance timeline with the
 * content script, so in the shipped build (defined false) esbuild removes every one of them
 * and a page cannot detect Sourcelight through them.
 */
// The test is spelled out in each function: esbuild folds it to a constant and drops the body.
declare const __SOURCELIGHT_BENCH__: boolean | undefined;

export function benchMark(name: 'start' | 'first-highlight' | 'painted'): void {
  if (typeof __SOURCELIGHT_BENCH__ !== 'undefined' && __SOURCELIGHT_BENCH__) performance.mark(`sourcelight:${name}`);
}

/** Publishes a duration (the longest task of ours the script timed itself) as a measure. */
export function benchMeasure(name: 'longest-task', durationMs: number): void {
  if (typeof __SOURCELIGHT_BENCH__ !== 'undefined' && __SOURCELIGHT_BENCH__) performance.measure(`sourcelight:${name}`, { start: 0, duration: durationMs });
}
