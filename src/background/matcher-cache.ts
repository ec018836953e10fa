/**
 * The compiled matcher kept in IndexedDB, so a service worker woken after the browser stopped it
 * restores the matcher instead of compiling the enabled packs again (10-15 s for a
 * 100,000-claim pack; see bench/README.md). One record holds the key and the matcher, written
 * in one transaction: a stored matcher is never paired with another pack set's key. A database
 * of its own: the packs' database (pack-store.ts) is never upgraded or blocked for a cache.
 */
import { MATCHER_FORMAT, restoreMatcher, serializeMatcher, type ClaimMatcher } from '../core/match/index.js';
import { lazyDatabase, promised, writeAll } from './idb.js';

export interface MatcherCache<M> {
  /** The matcher stored for `key`, or null: none, another key, another format, damaged or unreadable. */
  load(key: string): Promise<M | null>;
  /**
   * Replaces the stored matcher; serialising a large one blocks for seconds, so the caller picks
   * the moment. May fail (quota): the caller goes on, and the next wake compiles.
   */
  save(key: string, matcher: M): Promise<void>;
}

const DB_NAME = 'sourcelight-matcher-cache';
const DB_VERSION = 1;
const STORE = 'matcher';
/** The store holds one record, under this key. */
const ONLY = 'current';

interface CachedMatcher {
  key: string;
  matcher: unknown;
}

export class IndexedDbMatcherCache implements MatcherCache<ClaimMatcher> {
  readonly #open: () => Promise<IDBDatabase>;

  constructor(factory: IDBFactory = indexedDB) {
    this.#open = lazyDatabase(factory, DB_NAME, DB_VERSION, (db) => {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    });
  }

  async load(key: string): Promise<ClaimMatcher | null> {
    const db = await this.#open();
    const record = (await promised(db.transaction(STORE, 'readonly').objectStore(STORE).get(ONLY))) as Partial<CachedMatcher> | undefined;
    return record?.key === formatted(key) ? restoreMatcher(record.matcher) : null;
  }

  async save(key: string, matcher: ClaimMatcher): Promise<void> {
    const record: CachedMatcher = { key: formatted(key), matcher: serializeMatcher(matcher) };
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readwrite');
    await writeAll(tx, () => tx.objectStore(STORE).put(record, ONLY));
  }
}

/** The matcher format is part of the key: a new build's matcher never reads an older one's data. */
function formatted(key: string): string {
  return `${MATCHER_FORMAT}|${key}`;
}
