/**
 * The slice of `browser.storage.local` / `browser.storage.session` the background uses, so the
 * stores can be unit-tested with an in-memory area and fault-injected (quota, corruption).
 */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** True for the errors browsers raise when a storage quota is exceeded. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
