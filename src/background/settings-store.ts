/**
 * The reader's settings in `storage.local`. A stored value that does not fit the schema (edited
 * by hand, written by a buggy version, damaged) is repaired field by field: what is still valid
 * is kept, the rest falls back to the default, and the reader is told which settings were reset.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import { t } from '../ui/shared/i18n.js';
import { settingsSchema } from './message-schemas.js';
import type { Notices } from './notices.js';
import { isQuotaError, type StorageArea } from './storage-area.js';

const KEY = 'settings';

/** Canonical form: kinds in vocabulary order, sites lower-case and unique. */
export function normalizeSettings(settings: Settings): Settings {
  return {
    ...settings,
    paintKinds: SOURCING_KINDS.filter((kind) => settings.paintKinds.includes(kind)),
    pausedSites: [...new Set(settings.pausedSites.map((site) => site.trim().toLowerCase()).filter(Boolean))],
  };
}

/** Keeps each stored field that is valid on its own; returns the names of fields reset. */
export function repairSettings(stored: unknown): { settings: Settings; reset: string[] } {
  const source = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const field = settingsSchema.shape[key as keyof Settings];
    const parsed = field.safeParse(source[key]);
    if (parsed.success) repaired[key] = parsed.data;
    else {
      repaired[key] = structuredClone(fallback);
      if (key in source) reset.push(key);
    }
  }
  if (stored !== undefined && Object.keys(source).length === 0) reset.push(...Object.keys(DEFAULT_SETTINGS));
  return { settings: normalizeSettings(repaired as unknown as Settings), reset: [...new Set(reset)] };
}

export class SettingsStore {
  #cache: Settings | null = null;

  constructor(
    private readonly area: StorageArea,
    private readonly notices: Notices,
  ) {}

  async get(): Promise<Settings> {
    if (this.#cache) return this.#cache;
    let stored: unknown;
    try {
      stored = (await this.area.get(KEY))[KEY];
    } catch {
      await this.notices.add('settings-unreadable', t('bg_settingsUnreadable'));
      return (this.#cache = normalizeSettings(structuredClone(DEFAULT_SETTINGS) as Settings));
    }
    const { settings, reset } = repairSettings(stored);
    this.#cache = settings;
    if (reset.length > 0) {
      await this.notices.add('settings-repaired', t('bg_settingsRepaired', reset.join(', ')));
      await this.area.set({ [KEY]: settings }).catch(() => undefined);
    }
    return settings;
  }

  /**
   * `storage.local` changed: our own writes match the cache and are ignored; anything else
   * (another writer, damage) is read again, and repaired, on next use. True when invalidated.
   */
  noteStored(value: unknown): boolean {
    if (this.#cache && JSON.stringify(value) === JSON.stringify(this.#cache)) return false;
    this.#cache = null;
    return true;
  }

  /** Applies a validated patch; throws (leaving the settings as they were) when it cannot be saved. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = normalizeSettings({ ...(await this.get()), ...patch });
    try {
      await this.area.set({ [KEY]: next });
    } catch (error) {
      throw new Error(isQuotaError(error) ? t('bg_settingsNoSpace') : t('bg_settingsNotSaved', String((error as Error)?.message ?? error)));
    }
    this.#cache = next;
    return next;
  }
}
