/**
 * Keyboard commands (manifest `commands`): next-claim / previous-claim move the active tab's top
 * frame to its next or previous claim and open the tooltip there. Parts injected for tests.
 */
export const COMMAND_DIRECTIONS: Readonly<Record<string, 1 | -1>> = { 'next-claim': 1, 'previous-claim': -1 };

export interface CommandParts {
  activeTabId(): Promise<number | undefined>;
  stepClaim(tabId: number, direction: 1 | -1): Promise<unknown>;
}

/** `tabId` is the tab the browser passes with the command, when it does. */
export async function runCommand(command: string, tabId: number | undefined, parts: CommandParts): Promise<void> {
  const direction = COMMAND_DIRECTIONS[command];
  if (direction === undefined) return;
  const target = tabId ?? (await parts.activeTabId());
  if (target === undefined) return;
  // A tab without a content script (a browser page) has nothing to step through.
  await parts.stepClaim(target, direction).catch(() => undefined);
}
