/**
 * How long work is split (src/page/scheduler.ts), on a clock the test moves by hand: a slice is
 * due once SLICE_MS of its time has passed, pausing goes on in a new task (not a microtask) with
 * a fresh slice, and the task clock keeps the longest slice. The e2e long-page test and the
 * bench's `longest-task` figure show the same on a real page, with real time.
 */
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { SLICE_MS, TaskClock, TimeSlice } from '../../../src/page/scheduler.js';

let now = 0;
beforeEach(() => {
  now = 1_000;
  mock.method(performance, 'now', () => now);
});
afterEach(() => mock.restoreAll());

/** Calls `due()` as a job does, once per unit of work, until it says yes; how many calls it took. */
function callsUntilDue(slice: TimeSlice, msPerCall: number, limit = 10_000): number {
  for (let calls = 1; calls <= limit; calls++) {
    now += msPerCall;
    if (slice.due()) return calls;
  }
  return Infinity;
}

test('a slice is due once its time is used up, not before', () => {
  const slice = new TimeSlice(new TaskClock());
  const calls = callsUntilDue(slice, 0.1);
  assert.ok(Number.isFinite(calls));
  // The clock is read every few calls only, so the slice may run a few calls past its time.
  assert.ok(calls * 0.1 >= SLICE_MS && calls * 0.1 < SLICE_MS + 1, `due after ${calls * 0.1} ms`);
  // Work that takes no time never makes a slice due.
  assert.equal(callsUntilDue(new TimeSlice(new TaskClock()), 0, 1_000), Infinity);
});

test('pausing ends the slice in a task of its own, then starts a fresh slice and records the one that ended', async () => {
  const clock = new TaskClock();
  const slice = new TimeSlice(clock);
  callsUntilDue(slice, 1);
  const usedUp = now - 1_000;
  let resumed = false;
  const paused = slice.pause(new AbortController().signal).then(() => (resumed = true));
  // Not a microtask: the page's own tasks get their turn before the job goes on.
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
  assert.equal(resumed, false);
  await paused;
  assert.equal(clock.longest, usedUp);
  // After the pause the slice starts again from zero.
  const again = callsUntilDue(slice, 1);
  assert.ok(again >= SLICE_MS && again < SLICE_MS + 8, `due again after ${again} ms`);
});

test('a pause throws when the job was cancelled meanwhile', async () => {
  const controller = new AbortController();
  const slice = new TimeSlice(new TaskClock());
  const paused = slice.pause(controller.signal);
  controller.abort();
  await assert.rejects(paused, { name: 'AbortError' });
});

test('the task clock keeps the longest piece of work, also one that throws', () => {
  const clock = new TaskClock();
  clock.time(() => (now += 4));
  assert.throws(() =>
    clock.time(() => {
      now += 12;
      throw new Error('failed midway');
    }),
  );
  clock.time(() => (now += 2));
  assert.equal(clock.longest, 12);
});
