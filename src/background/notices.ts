/**
 * Things that went wrong that the reader should hear about (storage full, stored data that could
 * not be read back). Kept in session storage so they survive the service worker being stopped;
 * the popup shows the latest one and the options page lists them all.
 */
import type { Notice } from '../platform/messages.js';
import type { StorageArea } from './storage-area.js';
import { NOTICES_KEY as KEY } from '../platform/storage-keys.js';

const MAX_NOTICES = 20;

export class Notices {
  #cache: Notice[] | null = null;

  constructor(private readonly area: StorageArea) {}

  async list(): Promise<Notice[]> {
    if (this.#cache) return this.#cache;
    try {
      const stored = (await this.area.get(KEY))[KEY];
      this.#cache = Array.isArray(stored) ? stored.filter(isNotice) : [];
    } catch {
      this.#cache = [];
    }
    return this.#cache;
  }

  /** Adds or replaces the notice with this id (ids name the problem, so it is said once). */
  async add(id: string, message: string): Promise<void> {
    const others = (await this.list()).filter((notice) => notice.id !== id);
    await this.#save([...others, { id, message }].slice(-MAX_NOTICES));
  }

  async dismiss(id: string): Promise<Notice[]> {
    await this.#save((await this.list()).filter((notice) => notice.id !== id));
    return this.list();
  }

  async latest(): Promise<Notice | undefined> {
    return (await this.list()).at(-1);
  }

  async #save(notices: Notice[]): Promise<void> {
    this.#cache = notices;
    // Best effort: a notice that cannot be persisted still shows until the worker stops.
    await this.area.set({ [KEY]: notices }).catch(() => undefined);
  }
}

function isNotice(value: unknown): value is Notice {
  const notice = value as Partial<Notice> | null;
  return typeof notice?.id === 'string' && typeof notice.message === 'string';
}
