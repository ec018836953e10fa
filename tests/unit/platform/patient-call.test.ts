import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNoReceiver, RETRY_DELAYS_MS, whenReachable } from '../../../src/platform/patient-call.js';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/** An attempt that fails `failures` times with `message`, then answers 'ok'. */
function flaky(failures: number, message = NO_RECEIVER) {
  let calls = 0;
  return {
    attempt: async () => {
      calls++;
      if (calls <= failures) throw new Error(message);
      return 'ok';
    },
    calls: () => calls,
  };
}

test('a call that finds no background yet is retried after growing pauses until it gets through', async () => {
  const waits: number[] = [];
  const call = flaky(3);
  assert.equal(await whenReachable(call.attempt, RETRY_DELAYS_MS, async (ms) => void waits.push(ms)), 'ok');
  assert.equal(call.calls(), 4);
  assert.deepEqual(waits, RETRY_DELAYS_MS.slice(0, 3));
  assert.ok(waits.every((ms, i) => i === 0 || ms > waits[i - 1]!), 'pauses grow');
});

test('retries are bounded: after the last pause the failure is final', async () => {
  const waits: number[] = [];
  const call = flaky(100);
  await assert.rejects(whenReachable(call.attempt, [1, 2], async (ms) => void waits.push(ms)), /Receiving end does not exist/);
  assert.equal(call.calls(), 3);
  assert.deepEqual(waits, [1, 2]);
  assert.ok(RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0) < 10_000, 'the default patience is a few seconds');
});

test('any other failure (a refused message, a closed port) is not retried', async () => {
  const call = flaky(1, 'The message port closed before a response was received.');
  await assert.rejects(whenReachable(call.attempt, [1, 2], async () => undefined), /message port closed/);
  assert.equal(call.calls(), 1);
  assert.equal(isNoReceiver(new Error(NO_RECEIVER)), true);
  assert.equal(isNoReceiver('Error: Could not establish connection'), true);
  assert.equal(isNoReceiver(new Error('Extension context invalidated.')), false);
});
