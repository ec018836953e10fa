/**
 * What the pack library shows and keys each installed pack by: its id, the info the options page
 * lists (a damaged stored copy included) and the stamp a cached compiled matcher is keyed by.
 */
import { hash, slug } from '../core/claims/ids.js';
import type { ClaimPack } from '../core/claims/schema.js';
import type { PackInfo } from '../platform/messages.js';
import { t } from '../ui/shared/i18n.js';
import type { StoredPackRecord } from './pack-store.js';

/**
 * `content`: a hash of the pack's content. A bundled pack is small and hashed as loaded; an
 * imported one (up to 100,000 claims) by its file's text once, at import (StoredPackRecord).
 */
export function stampOf(pack: ClaimPack, content: string): string {
  return `${pack.version}|${pack.updated}|${pack.claims.length}|${content}`;
}

/** Records stored before they carried a content hash are told apart by their import time. */
export function storedContent(value: unknown): string {
  const { contentHash, importedAt } = value as Partial<StoredPackRecord>;
  return typeof contentHash === 'string' ? contentHash : `imported ${String(importedAt)}`;
}

/** Same name and publisher, same id: importing a newer version replaces the older one. */
export function packIdFor(pack: Pick<ClaimPack, 'name' | 'publisher'>, bundled: boolean): string {
  return `${bundled ? 'bundled' : 'user'}:${slug(pack.name).slice(0, 60) || 'pack'}-${hash(`${pack.publisher}\u0000${pack.name}`)}`;
}

/** A pack's info as the options page lists it. */
export function infoOf(id: string, pack: ClaimPack, bundled: boolean, enabled: boolean): PackInfo {
  const info: PackInfo = {
    id,
    name: pack.name,
    publisher: pack.publisher,
    version: pack.version,
    updated: pack.updated,
    license: pack.license,
    claimCount: pack.claims.length,
    bundled,
    enabled,
  };
  if (pack.homepage) info.homepage = pack.homepage;
  if (pack.description) info.description = pack.description;
  return info;
}

/** The info of a stored pack that no longer reads back: its name when it can still be read, switched off. */
export function damagedInfo(id: string, value: unknown): PackInfo {
  const pack = (value as { pack?: { name?: unknown } } | null)?.pack;
  const name = typeof pack?.name === 'string' && pack.name.trim() ? pack.name.slice(0, 200) : id;
  const info: PackInfo = { id, name, publisher: '', version: '', updated: '', license: '', claimCount: 0, bundled: false, enabled: false };
  info.problem = t('bg_packDamagedDetail');
  return info;
}
