/**
 * Finds, in a trace, the renderer main-thread tasks a script is responsible for, from timeline
 * events alone (no sampling profiler, see trace.ts). A top-level task counts, whole (GC, style
 * and layout it forced included), when inside it:
 *   - a timeline event names the script: its evaluation and compilation (EvaluateScript,
 *     v8.compile), or a call into one of its functions (FunctionCall: timers, event listeners,
 *     observers, MessageChannel and animation-frame callbacks all enter through one);
 *   - or, for the extension, the renderer receives an extension IPC message
 *     (`extensions.mojom.*`): the replies to its runtime messages, whose promise continuations
 *     run as microtasks and carry no event of their own. The bench page has no script of its
 *     own that could receive such a message.
 * The baseline script is attributed by the same rules, so both sides carry the same overhead.
 */
import type { TraceEvent } from './trace.js';

export interface Task {
  start: number;
  /** Wall-clock milliseconds. */
  ms: number;
  /**
   * Milliseconds of the thread's CPU time: the wall time minus the moments the main thread was
   * descheduled, which on a shared 2-core machine is where most of the noise comes from.
   */
  cpuMs: number;
}

export interface PageTrace {
  /** Microseconds (trace clock) at which the script's evaluation began. */
  scriptStart: number;
  /** The top-level tasks attributed to the script, in order. */
  tasks: Task[];
  /** Every event of the renderer main thread the script ran on. */
  thread: TraceEvent[];
  /** Every time each User Timing mark was made in the page, trace clock, in order. */
  marks: Map<string, number[]>;
}

interface EventData {
  url?: string;
  chrome_mojo_event_info?: { mojo_interface_tag?: string };
}

function namesScript(event: TraceEvent, scriptUrl: string): boolean {
  const args = event.args as { data?: EventData; fileName?: string } | undefined;
  return args?.data?.url === scriptUrl || args?.fileName === scriptUrl;
}

function isExtensionMessage(event: TraceEvent): boolean {
  if (event.name !== 'Receive mojo message' && event.name !== 'Receive mojo reply') return false;
  const tag = (event.args as EventData | undefined)?.chrome_mojo_event_info?.mojo_interface_tag ?? '';
  return tag.startsWith('extensions.mojom.');
}

const TASK = 'ThreadControllerImpl::RunTask';

/** The top-level tasks of a thread's events, in order (nested task runs are inside them). */
function topLevelTasks(thread: readonly TraceEvent[]): TraceEvent[] {
  const runs = thread.filter((event) => event.name === TASK && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let lastEnd = -Infinity;
  for (const event of runs) {
    const end = event.ts + (event.dur ?? 0);
    if (end <= lastEnd) continue;
    lastEnd = end;
    top.push(event);
  }
  return top;
}

/**
 * The tasks of the script at `scriptUrl` (the renderer it was evaluated in, its main thread).
 * `extension`: also count tasks that receive extension IPC (a content script's message replies).
 */
export function analyseScript(events: readonly TraceEvent[], scriptUrl: string, options: { extension: boolean }): PageTrace {
  const evaluation = events.find((event) => event.name === 'EvaluateScript' && namesScript(event, scriptUrl));
  if (!evaluation) throw new Error(`the trace shows no evaluation of ${scriptUrl}: the script did not run`);
  const { pid, tid } = evaluation;
  const thread = events.filter((event) => event.pid === pid && event.tid === tid);
  const evidence = thread
    .filter((event) => event.ts >= evaluation.ts && (namesScript(event, scriptUrl) || (options.extension && isExtensionMessage(event))))
    .map((event) => event.ts)
    .sort((a, b) => a - b);

  const tasks: Task[] = [];
  let cursor = 0;
  for (const event of topLevelTasks(thread)) {
    const end = event.ts + (event.dur ?? 0);
    while (cursor < evidence.length && (evidence[cursor] as number) < event.ts) cursor++;
    if (cursor < evidence.length && (evidence[cursor] as number) <= end) tasks.push({ start: event.ts, ms: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? event.dur ?? 0) / 1000 });
  }

  const marks = new Map<string, number[]>();
  for (const event of events) {
    if (event.pid !== pid || !event.cat.includes('blink.user_timing')) continue;
    marks.set(event.name, [...(marks.get(event.name) ?? []), event.ts].sort((a, b) => a - b));
  }
  return { scriptStart: evaluation.ts, tasks, thread, marks };
}

/** The script's tasks from its start up to `end` (trace clock, inclusive). */
export function tasksUntil(trace: PageTrace, end: number): Task[] {
  return trace.tasks.filter((task) => task.start <= end);
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface Samples {
  nodes: Map<number, ProfileNode>;
  /** Trace-clock time and leaf node of every sample, in order. */
  samples: { time: number; node: number }[];
}

/** The V8 sampling profiler's samples of process `pid` (profile-content.ts only). */
export function readSamples(events: readonly TraceEvent[], pid: number): Samples {
  const nodes = new Map<number, ProfileNode>();
  const samples: { time: number; node: number }[] = [];
  for (const start of events.filter((event) => event.name === 'Profile' && event.pid === pid && event.id)) {
    let time = (start.args?.data as { startTime: number }).startTime;
    const offset = nodes.size ? Math.max(...nodes.keys()) + 1 : 0; // node ids restart per profile
    for (const event of events) {
      if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== start.id) continue;
      const data = event.args?.data as ChunkData;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id + offset, { ...node, id: node.id + offset, parent: node.parent === undefined ? undefined : node.parent + offset });
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        time += data.timeDeltas?.[i] ?? 0;
        samples.push({ time, node: node + offset });
      });
    }
  }
  samples.sort((a, b) => a.time - b.time);
  return { nodes, samples };
}
