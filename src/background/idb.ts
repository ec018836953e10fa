/**
 * Promise wrappers for the IndexedDB requests the background makes (packs, matcher cache), and
 * one way of opening a database lazily that a failed open does not poison: the next call retries.
 */
export function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Makes `writes` in `tx` and waits for it to commit. A write that throws at once (a value that
 * cannot be cloned, a bad key) aborts the whole transaction, so the writes made before it in
 * the same transaction are undone too, not committed without it.
 */
export function writeAll(tx: IDBTransaction, writes: () => void): Promise<void> {
  try {
    writes();
  } catch (error) {
    tx.abort();
    return Promise.reject(error);
  }
  return completed(tx);
}

function completed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

/** `open()` gives the one database, opening it on first use and again after a failed open. */
export function lazyDatabase(factory: IDBFactory, name: string, version: number, upgrade: (db: IDBDatabase) => void): () => Promise<IDBDatabase> {
  let db: Promise<IDBDatabase> | null = null;
  return () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, version);
      request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new DOMException('database blocked by another open version', 'InvalidStateError'));
    }).catch((error: unknown) => {
      db = null;
      throw error;
    }));
}
