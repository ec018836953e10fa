/**
 * Calls to the background that wait for it to be there. When the browser starts with tabs
 * restored from the last session, their content scripts (and any restored extension page) can
 * run before the extension's background has registered its listener; the message then fails
 * at once with "Could not establish connection. Receiving end does not exist." (same text in
 * Chromium and Firefox) and the page would stay unannotated until reloaded. Such a call is
 * retried after growing pauses, for about six seconds in all; any other failure is final at once.
 */

/** Pauses between attempts, in ms: bounded, so a background that never comes costs nothing more. */
export const RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1600, 3200];

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export function isNoReceiver(error: unknown): boolean {
  return NO_RECEIVER.test(error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function whenReachable<T>(attempt: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS, wait: (ms: number) => Promise<void> = sleep): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delays[tried];
      if (delay === undefined || !isNoReceiver(error)) throw error;
      await wait(delay);
    }
  }
}
