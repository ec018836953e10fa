/**
 * Finds, in a trace, the renderer main-thread tasks the extension is responsible for: a task
 * counts when it runs the content script's code, seen either in a timeline event naming the
 * script (evaluation, compilation, calls) or in a V8 sampling-profiler stack that contains a
 * frame from the extension's origin. Promise continuations and message replies carry no
 * timeline event of their own, so the samples (one every ~0.2 ms) are what catch them.
 */
import type { TraceEvent } from './trace.js';

export interface Task {
  start: number;
  /** Milliseconds. */
  ms: number;
  extension: boolean;
}

export interface PageTrace {
  /** Microseconds (trace clock) at which the content script's evaluation began. */
  scriptStart: number;
  tasks: Task[];
  samples: Samples;
  /** Every event of the renderer main thread the content script ran on. */
  thread: TraceEvent[];
  /** Every time each User Timing mark was made in the page, trace clock, in order. */
  marks: Map<string, number[]>;
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

/** The V8 sampling profiler's samples of process `pid`, from the trace's profile chunks. */
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

/** Timestamps of profiler samples whose stack holds a frame from `origin`. */
function extensionSamples({ nodes, samples }: Samples, origin: string): number[] {
  const fromExtension = new Map<number, boolean>();
  const isExtension = (nodeId: number): boolean => {
    const known = fromExtension.get(nodeId);
    if (known !== undefined) return known;
    const node = nodes.get(nodeId);
    const answer = !!node && ((node.callFrame.url ?? '').startsWith(origin) || (node.parent !== undefined && isExtension(node.parent)));
    fromExtension.set(nodeId, answer);
    return answer;
  };
  return samples.filter((sample) => isExtension(sample.node)).map((sample) => sample.time);
}

function mentions(event: TraceEvent, origin: string): boolean {
  return event.args !== undefined && JSON.stringify(event.args).includes(origin);
}

export function analysePage(events: readonly TraceEvent[], origin: string, scriptUrl: string): PageTrace {
  const evaluation = events.find((event) => event.name === 'EvaluateScript' && (event.args?.data as { url?: string } | undefined)?.url === scriptUrl);
  if (!evaluation) throw new Error(`the trace shows no evaluation of ${scriptUrl}: the content script did not run`);
  const { pid, tid } = evaluation;
  const samples = readSamples(events, pid);
  const onThread = events.filter((event) => event.pid === pid && event.tid === tid);
  const evidence = [
    ...onThread.filter((event) => event.ph === 'X' && mentions(event, origin)).map((event) => event.ts),
    ...extensionSamples(samples, origin),
  ].sort((a, b) => a - b);

  const tasks: Task[] = [];
  let lastEnd = -Infinity;
  let cursor = 0;
  const runTasks = onThread.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  for (const event of runTasks) {
    const end = event.ts + (event.dur ?? 0);
    if (end <= lastEnd) continue; // nested in the previous top-level task
    lastEnd = end;
    while (cursor < evidence.length && (evidence[cursor] as number) < event.ts) cursor++;
    const extension = cursor < evidence.length && (evidence[cursor] as number) <= end;
    tasks.push({ start: event.ts, ms: (event.dur ?? 0) / 1000, extension });
  }

  const marks = new Map<string, number[]>();
  for (const event of events) {
    if (event.pid !== pid || !event.cat.includes('blink.user_timing')) continue;
    marks.set(event.name, [...(marks.get(event.name) ?? []), event.ts].sort((a, b) => a - b));
  }
  return { scriptStart: evaluation.ts, tasks, samples, thread: onThread, marks };
}

/** The extension's tasks from the script's start up to `end` (trace clock, inclusive). */
export function extensionTasks(trace: PageTrace, end: number): Task[] {
  return trace.tasks.filter((task) => task.extension && task.start + task.ms * 1000 >= trace.scriptStart && task.start <= end);
}
