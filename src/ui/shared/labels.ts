/**
 * Reader-facing names of the vocabularies (sourcing kinds, claim statuses). Locale message
 * names may only hold [A-Za-z0-9_], so kinds such as "on-record" map to camel-case keys.
 */
import type { ClaimStatus } from '../../core/claims/schema.js';
import type { SourcingKind } from '../../core/sourcing-kinds.js';
import { t, type MessageKey } from './i18n.js';

function camel(kind: SourcingKind): string {
  return kind.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function kindLabel(kind: SourcingKind): string {
  return t(`kind_${camel(kind)}` as MessageKey);
}

export function kindHelp(kind: SourcingKind): string {
  return t(`kindHelp_${camel(kind)}` as MessageKey);
}

export function statusLabel(status: ClaimStatus): string {
  return t(`status_${status}` as MessageKey);
}
