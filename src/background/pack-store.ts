/**
 * Where imported packs live: IndexedDB of the extension origin. Packs can be tens of megabytes,
 * above what `storage.local` holds without the `unlimitedStorage` permission (10 MB in Chrome),
 * and IndexedDB writes a pack and its switch in ONE transaction, so an import or a removal is
 * all or nothing. Records are returned raw: the library checks them, since stored data can be
 * damaged.
 */
import { lazyDatabase, promised, writeAll } from './idb.js';

export interface StoredPackRecord {
  id: string;
  /** The validated pack as imported (a ClaimPack when intact). */
  pack: unknown;
  fileName: string;
  importedAt: string;
  /** Hash of the imported file's text: keys the cached compiled matcher (matcher-cache.ts). Absent in older records. */
  contentHash?: string;
}

export interface StoredState {
  packs: { key: string; value: unknown }[];
  /** Pack id -> enabled, for imported and bundled packs alike. */
  enabled: Record<string, boolean>;
}

export interface PackStore {
  load(): Promise<StoredState>;
  /** Stores (or replaces) a pack and switches it on, atomically. */
  save(record: StoredPackRecord): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** Deletes a pack and its switch, atomically. */
  remove(id: string): Promise<void>;
}

const DB_NAME = 'sourcelight';
const DB_VERSION = 1;
const PACKS = 'packs';
const ENABLED = 'enabled';

export class IndexedDbPackStore implements PackStore {
  readonly #open: () => Promise<IDBDatabase>;

  constructor(factory: IDBFactory = indexedDB) {
    this.#open = lazyDatabase(factory, DB_NAME, DB_VERSION, (db) => {
      if (!db.objectStoreNames.contains(PACKS)) db.createObjectStore(PACKS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(ENABLED)) db.createObjectStore(ENABLED);
    });
  }

  async load(): Promise<StoredState> {
    const db = await this.#open();
    const tx = db.transaction([PACKS, ENABLED], 'readonly');
    const packs = tx.objectStore(PACKS);
    const flags = tx.objectStore(ENABLED);
    const [packKeys, packValues, flagKeys, flagValues] = await Promise.all([
      promised(packs.getAllKeys()),
      promised(packs.getAll()),
      promised(flags.getAllKeys()),
      promised(flags.getAll()),
    ]);
    const enabled: Record<string, boolean> = {};
    flagKeys.forEach((key, i) => {
      if (typeof key === 'string' && typeof flagValues[i] === 'boolean') enabled[key] = flagValues[i];
    });
    return { packs: packKeys.map((key, i) => ({ key: String(key), value: packValues[i] })), enabled };
  }

  async save(record: StoredPackRecord): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction([PACKS, ENABLED], 'readwrite');
    await writeAll(tx, () => {
      tx.objectStore(PACKS).put(record);
      tx.objectStore(ENABLED).put(true, record.id);
    });
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(ENABLED, 'readwrite');
    await writeAll(tx, () => tx.objectStore(ENABLED).put(enabled, id));
  }

  async remove(id: string): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction([PACKS, ENABLED], 'readwrite');
    await writeAll(tx, () => {
      tx.objectStore(PACKS).delete(id);
      tx.objectStore(ENABLED).delete(id);
    });
  }
}
