/**
 * A sourcing kind's name drawn in the same line style and colour as its cues on the page: the
 * legend entry. Colours come in as custom properties; common.css picks light or dark.
 */
import type { SourcingKind } from '../../core/sourcing-kinds.js';
import { KindIcon } from './icons.js';
import { kindLabel } from './labels.js';
import { CUE_STYLES } from './sourcing-style.js';

export function CueSample({ kind }: { kind: SourcingKind }) {
  const style = CUE_STYLES[kind];
  return (
    <span class="kind-name">
      <KindIcon kind={kind} />
      <span
        class="cue-sample"
        style={{
          '--cue-light': style.light,
          '--cue-dark': style.dark,
          textDecorationLine: style.overline ? 'underline overline' : 'underline',
          textDecorationStyle: style.line,
        }}
      >
        {kindLabel(kind)}
      </span>
    </span>
  );
}
