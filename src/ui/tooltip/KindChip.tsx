/** A sourcing kind as the tooltip shows it: its icon and its name, in the kind's colour. */
import type { SourcingKind } from '../../core/sourcing-kinds.js';
import { KindIcon } from '../shared/icons.js';
import { kindLabel } from '../shared/labels.js';

export function KindChip({ kind }: { kind: SourcingKind }) {
  return (
    <span class={`sl-kind sl-kind-${kind}`}>
      <KindIcon kind={kind} />
      {kindLabel(kind)}
    </span>
  );
}
