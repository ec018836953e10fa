/**
 * Splits long work into short tasks so the page stays responsive: work runs until its slice of
 * time is used up, then yields to the page with a MessageChannel task, which lets the page's own
 * tasks (timers, network, input) run in between and, unlike `setTimeout(0)`, is not clamped to
 * 4 ms. (`scheduler.yield()` is not used: its continuations jump the queue ahead of the page's
 * tasks, so a long job starves the page's timers even though no single task is long.)
 */

/** Time one task of ours may take; well under the 50 ms of a long task, leaving room for GC. */
export const SLICE_MS = 8;

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

/** A tab in the background renders no frames; its work waits this long at most. */
const HIDDEN_FRAME_MS = 100;

/** Resolves after the browser has rendered a frame, so the page's own layout is done and our reads do not force it. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      void yieldToPage().then(resolve);
    };
    requestAnimationFrame(settle);
    setTimeout(settle, HIDDEN_FRAME_MS);
  });
}

/**
 * The longest stretch of our own code seen in one task, so the figures can show that no task
 * of ours is long. Published as a User Timing measure, like the bench's marks.
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

  publish(name: string): void {
    performance.measure(name, { start: 0, duration: this.longest });
  }
}

/** Tracks the current slice of a long job; `due()` says it is time to yield. */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly clock: TaskClock) {}

  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** The job resumes in a new task (after waiting for the background): a fresh slice starts. */
  resume(): void {
    this.started = performance.now();
  }

  /** The job ends or waits: the slice so far was one task's worth of our work. */
  end(): void {
    this.clock.record(performance.now() - this.started);
  }

  /** Yields if the slice is used up; throws when `signal` was aborted meanwhile. */
  async pause(signal: AbortSignal): Promise<void> {
    if (!this.due()) return;
    this.end();
    await yieldToPage();
    signal.throwIfAborted();
    this.resume();
  }
}
