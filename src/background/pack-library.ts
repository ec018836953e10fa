/**
 * The installed claim packs: the bundled ones (shipped, can be switched off, not removed) and the
 * reader's imported ones (IndexedDB). Every change is checked completely before the store is
 * touched, and the in-memory list changes only after the store has committed, so a failed
 * import or a full disk leaves packs and switches exactly as they were. A stored pack that no
 * longer reads back is kept (never deleted behind the reader's back), switched off and reported.
 */
import { hash } from '../core/claims/ids.js';
import type { ClaimPack } from '../core/claims/schema.js';
import { validatePack, type Problem } from '../core/claims/validate.js';
import type { ImportResult, PackInfo } from '../platform/messages.js';
import { t } from '../ui/shared/i18n.js';
import type { Notices } from './notices.js';
import { readImport } from './pack-import.js';
import { damagedInfo, infoOf, packIdFor, stampOf, storedContent } from './pack-info.js';
import type { PackStore, StoredState } from './pack-store.js';
import { isQuotaError } from './storage-area.js';

interface InstalledPack {
  info: PackInfo;
  /** Null when the stored copy is damaged. */
  pack: ClaimPack | null;
  /** Changes whenever the pack's content may have: what a cached compiled matcher is keyed by. */
  stamp: string;
}

/** The packs the matcher should use, with their ids and stamps (see InstalledPack). */
export interface ActivePacks {
  packs: ClaimPack[];
  ids: string[];
  stamps: string[];
}

export interface LibraryDeps {
  bundled: () => Promise<ClaimPack[]>;
  store: PackStore;
  notices: Notices;
  now: () => Date;
}

export class PackLibrary {
  #packs: InstalledPack[] = [];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: LibraryDeps) {}

  async load(): Promise<void> {
    const { notices } = this.deps;
    const bundled = await this.deps.bundled().catch(async () => {
      await notices.add('bundled-unreadable', t('bg_bundledUnreadable'));
      return [] as ClaimPack[];
    });
    let state: StoredState = { packs: [], enabled: {} };
    try {
      state = await this.deps.store.load();
    } catch {
      await notices.add('packs-unreadable', t('bg_packsUnreadable'));
    }
    const packs: InstalledPack[] = bundled.map((pack) => {
      const id = packIdFor(pack, true);
      return { info: infoOf(id, pack, true, state.enabled[id] ?? true), pack, stamp: stampOf(pack, hash(JSON.stringify(pack))) };
    });
    for (const { key, value } of state.packs) {
      const stored = (value as { pack?: unknown } | null)?.pack;
      const checked = validatePack(stored);
      if (checked.ok) {
        packs.push({ info: infoOf(key, checked.pack, false, state.enabled[key] ?? true), pack: checked.pack, stamp: stampOf(checked.pack, storedContent(value)) });
      } else {
        const info = damagedInfo(key, value);
        packs.push({ info, pack: null, stamp: '' });
        await notices.add(`pack-damaged:${key}`, t('bg_packDamaged', info.name));
      }
    }
    this.#packs = packs;
  }

  list(): PackInfo[] {
    return this.#packs.map((installed) => ({ ...installed.info }));
  }

  active(): ActivePacks {
    const usable = this.#packs.filter((installed) => installed.info.enabled && installed.pack);
    return { packs: usable.map((installed) => installed.pack!), ids: usable.map((installed) => installed.info.id), stamps: usable.map((installed) => installed.stamp) };
  }

  import(fileName: string, text: string): Promise<ImportResult> {
    return this.#serial(async () => {
      const read = readImport(text);
      if (!read.ok) return { ok: false, problems: read.problems };
      const id = packIdFor(read.pack, false);
      const problems = this.#collisions(read.pack, id);
      if (problems.length > 0) return { ok: false, problems };
      const contentHash = hash(text);
      try {
        await this.deps.store.save({ id, pack: read.pack, fileName, importedAt: this.deps.now().toISOString(), contentHash });
      } catch (error) {
        return { ok: false, problems: [{ path: '', message: storeFailure(error, 'bg_importNoSpace') }] };
      }
      const previous = this.#packs.find((installed) => installed.info.id === id);
      const installed: InstalledPack = { info: infoOf(id, read.pack, false, true), pack: read.pack, stamp: stampOf(read.pack, contentHash) };
      this.#packs = previous ? this.#packs.map((p) => (p === previous ? installed : p)) : [...this.#packs, installed];
      const result: ImportResult = { ok: true, pack: { ...installed.info }, unmapped: read.notes };
      if (previous?.info.version) result.replaced = previous.info.version;
      return result;
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<PackInfo[]> {
    return this.#serial(async () => {
      const installed = this.#find(id);
      if (enabled && !installed.pack) throw new Error(t('bg_packDamagedDetail'));
      try {
        await this.deps.store.setEnabled(id, enabled);
      } catch (error) {
        throw new Error(storeFailure(error, 'bg_changeNoSpace'));
      }
      installed.info = { ...installed.info, enabled };
      return this.list();
    });
  }

  remove(id: string): Promise<PackInfo[]> {
    return this.#serial(async () => {
      const installed = this.#find(id);
      if (installed.info.bundled) throw new Error(t('bg_bundledNotRemovable'));
      try {
        await this.deps.store.remove(id);
      } catch (error) {
        throw new Error(storeFailure(error, 'bg_changeNoSpace'));
      }
      this.#packs = this.#packs.filter((p) => p !== installed);
      await this.deps.notices.dismiss(`pack-damaged:${id}`);
      return this.list();
    });
  }

  /** Claim ids must be unique across installed packs: the popup and tests address claims by id. */
  #collisions(pack: ClaimPack, id: string): Problem[] {
    const owners = new Map<string, string>();
    for (const installed of this.#packs) {
      if (installed.info.id === id || !installed.pack) continue;
      for (const claim of installed.pack.claims) owners.set(claim.id, installed.info.name);
    }
    const problems: Problem[] = [];
    pack.claims.forEach((claim, i) => {
      const owner = owners.get(claim.id);
      if (owner !== undefined) problems.push({ path: `claims[${i}].id`, message: t('bg_claimIdTaken', claim.id, owner) });
    });
    return problems;
  }

  #find(id: string): InstalledPack {
    const installed = this.#packs.find((p) => p.info.id === id);
    if (!installed) throw new Error(t('bg_packUnknown'));
    return installed;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function storeFailure(error: unknown, quotaKey: 'bg_importNoSpace' | 'bg_changeNoSpace'): string {
  return isQuotaError(error) ? t(quotaKey) : t('bg_storeFailed', String((error as Error)?.message ?? error));
}
