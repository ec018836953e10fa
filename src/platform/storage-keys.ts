/**
 * Keys of what the background keeps in `storage.session`, shared with the extension pages that
 * watch them for live updates (the popup refreshes when its tab's report changes).
 */
export const NOTICES_KEY = 'notices';

export function tabReportKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function isTabReportKey(key: string): boolean {
  return /^tab:\d+$/.test(key);
}

export function tabIdOfKey(key: string): number {
  return Number(key.slice('tab:'.length));
}

/** The background's copy of a tab's scans (see background/scan-memory.ts). */
export function scansKey(tabId: number): string {
  return `scans:${tabId}`;
}

export function isScansKey(key: string): boolean {
  return /^scans:\d+$/.test(key);
}
