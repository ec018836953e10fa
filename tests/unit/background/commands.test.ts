import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCommand } from '../../../src/background/commands.js';

function parts(active: number | undefined, fail = false) {
  const steps: [number, number][] = [];
  return {
    steps,
    activeTabId: async () => active,
    stepClaim: async (tabId: number, direction: 1 | -1) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      steps.push([tabId, direction]);
      return true;
    },
  };
}

describe('runCommand', () => {
  it('steps forward and back in the tab the command came with, else the active tab', async () => {
    const p = parts(9);
    await runCommand('next-claim', 4, p);
    await runCommand('previous-claim', undefined, p);
    assert.deepEqual(p.steps, [
      [4, 1],
      [9, -1],
    ]);
  });

  it('ignores unknown commands, windows without a tab, and tabs without a content script', async () => {
    const p = parts(undefined);
    await runCommand('_execute_action', 1, p);
    await runCommand('next-claim', undefined, p);
    assert.deepEqual(p.steps, []);
    await assert.doesNotReject(runCommand('next-claim', 3, parts(3, true)));
  });
});
