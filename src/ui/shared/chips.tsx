/** Status and sourcing chips: an icon AND a text label each, so no meaning rests on colour. */
import type { ClaimStatus } from '../../core/claims/schema.js';
import type { SourcingKind } from '../../core/sourcing-kinds.js';
import { KindIcon, StatusIcon } from './icons.js';
import { kindLabel, statusLabel } from './labels.js';

export function StatusChip({ status }: { status: ClaimStatus }) {
  return (
    <span class={`sl-chip sl-status sl-status-${status}`}>
      <StatusIcon status={status} />
      <span>{statusLabel(status)}</span>
    </span>
  );
}

export function KindChip({ kind, count }: { kind: SourcingKind; count?: number }) {
  return (
    <span class={`sl-chip sl-kind sl-kind-${kind}`}>
      <KindIcon kind={kind} />
      <span>{kindLabel(kind)}</span>
      {count !== undefined && count > 1 ? <span class="sl-chip-count">{`×${count}`}</span> : null}
    </span>
  );
}

/** A plain labelled chip for flags such as "possible match" or "not shown on the page". */
export function FlagChip({ label, variant }: { label: string; variant: string }) {
  return <span class={`sl-chip sl-flag sl-flag-${variant}`}>{label}</span>;
}
