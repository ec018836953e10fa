/**
 * A session's jobs (a read, a re-read, a rescan), run one at a time in the order asked: each
 * reads and paints records the one before it left. A job that fails tells its caller, not the
 * jobs after it, and nobody once the session is aborted (its jobs then stop on purpose).
 */
export class JobQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly signal: AbortSignal) {}

  add(job: () => Promise<void>): Promise<void> {
    const run = this.tail.then(job);
    this.tail = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      if (!this.signal.aborted) throw error;
    });
  }
}
