/**
 * Records a Chromium performance trace over the DevTools protocol and returns its events.
 *
 * The figures use the timeline categories only: tasks, script evaluation and compilation,
 * function calls (with the script they belong to), timers, events and IPC messages. The V8
 * sampling profiler is left out of them: it interrupts running JavaScript every ~0.1 ms, which
 * slows JavaScript-heavy code (the extension) far more than a DOM walk (the baseline), so it
 * skews the very ratio being measured. `profile-content.ts` turns it on to name hot functions.
 */
import type { CDPSession } from 'playwright';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds on the browser's monotonic clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

const TIMELINE = [
  'devtools.timeline', // EvaluateScript, v8.compile, FunctionCall, TimerFire, EventDispatch, GC
  'toplevel', // every task (ThreadControllerImpl::RunTask) and the IPC message it handles
  'blink.user_timing', // the page watcher's marks and the instrumented build's
  '__metadata',
];

const SAMPLER = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

export async function startTrace(cdp: CDPSession, options: { sampler?: boolean } = {}): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: options.sampler ? [...TIMELINE, ...SAMPLER] : TIMELINE, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await complete;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}
