/**
 * Splits long work into short tasks so the page stays responsive: work runs until its slice of
 * time is used up, then yields to the page with a MessageChannel task, which lets the page's own
 * tasks (timers, network, input) run in between and, unlike `setTimeout(0)`, is not clamped to
 * 4 ms. (`scheduler.yield()` is not used: its continuations jump the queue ahead of the page's
 * tasks, so a long job starves the page's timers even though no single task is long.)
 */

/** Time one task of ours may take; well under the 50 ms of a long task, leaving room for GC. */
export const SLICE_MS = 10;

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves in an idle moment of the page, after the frame it is rendering, or after `timeoutMs`
 * at the latest. Our work then starts in a task of its own instead of inside a rendering task,
 * and reads a laid-out page instead of forcing its first layout.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}

/**
 * The longest stretch of our own code seen in one task, so the figures can show that no task
 * of ours is long (the bench's instrumented build publishes it).
 */
export class TaskClock {
  longest = 0;

  record(ms: number): void {
    if (ms > this.longest) this.longest = ms;
  }

  /** Runs a synchronous piece of work and records its duration. */
  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(performance.now() - started);
    }
  }
}

/** `due()` reads the clock on every this-many-th call only: the calls come per block, each a few microseconds of work. */
const CHECK_EVERY = 8;

/** Tracks the current slice of a long job; `due()` says it is time to yield. */
export class TimeSlice {
  private started = performance.now();
  private calls = 0;

  constructor(private readonly clock: TaskClock) {}

  due(): boolean {
    return ++this.calls % CHECK_EVERY === 0 && performance.now() - this.started >= SLICE_MS;
  }

  /** The job resumes in a new task (after waiting for the background): a fresh slice starts. */
  resume(): void {
    this.started = performance.now();
  }

  /** The job ends or waits: the slice so far was one task's worth of our work. */
  end(): void {
    this.clock.record(performance.now() - this.started);
  }

  /** Yields to the page (when `due()`); throws when `signal` was aborted meanwhile. */
  async pause(signal: AbortSignal): Promise<void> {
    this.end();
    await yieldToPage();
    signal.throwIfAborted();
    this.resume();
  }
}
