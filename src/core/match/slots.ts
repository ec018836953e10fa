/**
 * Turns a wording of a claim into slots: the features a sentence must show to say the same
 * thing. "Kislyak told his [superiors] that he discussed the campaign with Sessions" becomes
 * Kislyak (entity), tell (light), superiors (optional), discuss and campaign (concepts or
 * synonym groups), Sessions (entity). Square brackets mark words a wording may leave out.
 */
import { normalize, toOriginal } from '../normalize.js';
import { Tokens, startsUpper, tokenize } from '../text/tokenize.js';
import type { GeneralLexicon } from './lexicon.js';
import { PhraseHits, startsAt } from './phrase-lookup.js';
import type { PhraseTable } from './phrases.js';
import { LIGHT_WEIGHT, NUMBER_WEIGHT } from './thresholds.js';
import { isPossessive } from './word-shape.js';

export interface SlotScope {
  table: PhraseTable;
  lexicon: GeneralLexicon;
  /** This pack's entities and concepts by id, for "#id" and "@name" terms. */
  entities: Map<string, number>;
  concepts: Map<string, number>;
  /** Features made for literal terms of this pack. */
  literals: Map<string, number>;
  /** Features a wording's words may become: entities and concepts in scope, synonym groups. */
  slotFeatures: Set<number>;
}

export interface Slot {
  feature: number;
  weight: number;
  required: boolean;
  /** Not a slot: the wording holds a negation or denial here. */
  negation?: boolean;
  /** The wording's negation covers this slot (see Pattern.scoped). */
  scoped?: boolean;
  /** The slot's words open with a memory word ("recall", "recollection of"): see Pattern.forgets. */
  memory?: boolean;
  /** A name in the possessive ("Kislyak's"): it owns the noun after it (see owned-words.ts). */
  possessive?: boolean;
  /** The slot before is a bracketed word right before this one ("[reported] account"): it modifies this one. */
  modified?: boolean;
}

/** Which feature a word becomes when several phrases start there and are equally long. */
const KIND_RANK: Record<string, number> = { entity: 3, concept: 2, word: 1, cue: 0, anaphor: 0 };

/** `involved`: the claim's own entities, preferred when a name could be several ("Chen"). */
export function buildSlots(text: string, scope: SlotScope, handWritten: boolean, involved: ReadonlySet<number>): Slot[] {
  const slots: Slot[] = [];
  // Whether the segment before was bracketed and its last word a slot.
  let optionalEnd = false;
  for (const { words, optional } of handWritten ? segments(text) : [{ words: text, optional: true }]) {
    const before = slots.length;
    const { opens, closes } = slotsOf(words, !optional, scope, involved, slots);
    if (optionalEnd && !optional && opens && !slots[before]!.negation && !slots[before - 1]!.negation) slots[before]!.modified = true;
    optionalEnd = optional && closes;
  }
  markNegationScope(slots, scope.lexicon.cues.denialAfter, scope.lexicon.cues.negation);
  return slots;
}

/**
 * Marks the slots a wording's negation covers: what follows a negation or denial ("not about
 * the campaign", "denied discussing"), or what precedes a verdict after it ("... is false").
 */
function markNegationScope(slots: Slot[], denialAfter: number, negation: number): void {
  let covering = false;
  slots.forEach((slot, k) => {
    if (!slot.negation) {
      // A denial's own verb ("stands by", "disputed") is the denial, not what it covers.
      const denialVerb = k > 0 && slots[k - 1]!.negation && slots[k - 1]!.feature !== negation;
      if (covering && !denialVerb) slot.scoped = true;
      return;
    }
    if (slot.feature !== denialAfter) covering = true;
    else for (let before = 0; before < k; before++) if (!slots[before]!.negation) slots[before]!.scoped = true;
  });
}

/** "told his [superiors] that" -> required "told his", optional "superiors", required "that". */
function segments(text: string): { words: string; optional: boolean }[] {
  const out: { words: string; optional: boolean }[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]|[^[]+/g)) {
    if (m[1] !== undefined) out.push({ words: m[1], optional: true });
    else out.push({ words: m[0], optional: false });
  }
  return out;
}

const scratch = new Tokens();
const hits = new PhraseHits();

/** Adds the slots of one segment to `out`; `opens`, `closes`: whether its first and last words make slots (no stopword or punctuation). */
function slotsOf(text: string, required: boolean, scope: SlotScope, involved: ReadonlySet<number>, out: Slot[]): { opens: boolean; closes: boolean } {
  const { table, lexicon } = scope;
  const normalized = normalize(text);
  tokenize(normalized.text, table.vocabulary, scratch, table.vocabulary.intern('not'), true);
  const capital = (token: number) => startsUpper(text, toOriginal(normalized, scratch.starts[token]!));
  table.find(scratch, capital, 0, scratch.count, hits, { involved, allowed: scope.slotFeatures });
  const { negation, denial, denialAfter } = lexicon.cues;
  let next = 0;
  for (let i = 0; i < scratch.count; ) {
    while (next < hits.count && hits.first[next]! < i) next++;
    const id = scratch.ids[i]!;
    if (id < 0) {
      i++;
      continue;
    }
    const best = bestHit(i, next, scope, true, normalized.text, involved);
    const feature = best >= 0 ? hits.feature[best]! : -1;
    const last = best >= 0 ? hits.last[best]! : i;
    if (feature === negation || feature === denial || feature === denialAfter) {
      out.push({ feature, weight: 0, required: false, negation: true });
      // A denial ("denied", "rejected", "a witch hunt") is also what the sentence must say;
      // a bare negation ("not", "never") is not.
      if (feature !== negation) {
        const verb = bestHit(i, next, scope, false, normalized.text, involved);
        const phrase = normalized.text.slice(scratch.starts[i], scratch.ends[last]);
        const shown = verb >= 0 && hits.last[verb] === last ? hits.feature[verb]! : table.wordFeature(phrase, false);
        out.push({ feature: shown, weight: 1, required });
      }
      i = last + 1;
      continue;
    }
    if (feature >= 0) {
      const light = last === i && lexicon.light.has(id);
      const memory = startsAt(hits, next, i, lexicon.cues.memory);
      const possessive = table.features[feature]!.kind === 'entity' && isPossessive(normalized.text, scratch, last);
      const flags = { ...(memory && { memory }), ...(possessive && { possessive }) };
      out.push({ feature, weight: light ? LIGHT_WEIGHT : 1, required: required && !light, ...flags });
      i = last + 1;
      continue;
    }
    if (!lexicon.stopwords.has(id)) {
      const word = normalized.text.slice(scratch.starts[i], scratch.ends[i]);
      const proper = i > 0 && capital(i);
      const feature = table.wordFeature(word, proper);
      const weight = lexicon.light.has(id) ? LIGHT_WEIGHT : /^\d/.test(word) ? NUMBER_WEIGHT : 1;
      out.push({ feature, weight, required: required && weight === 1 });
    }
    i++;
  }
  const content = (at: number) => scratch.ids[at]! >= 0 && !lexicon.stopwords.has(scratch.ids[at]!);
  return { opens: scratch.count > 0 && content(0), closes: scratch.count > 0 && content(scratch.count - 1) };
}

/** Index of the longest hit starting at token i that may be a slot (entities first on ties), or a negation cue; -1 if none. */
function bestHit(i: number, from: number, scope: SlotScope, cues: boolean, text: string, involved: ReadonlySet<number>): number {
  const { negation, denial, denialAfter } = scope.lexicon.cues;
  let best = -1;
  let bestRank = -1;
  for (let h = from; h < hits.count && hits.first[h] === i; h++) {
    const id = hits.feature[h]!;
    const feature = scope.table.features[id]!;
    const isCue = cues && (id === negation || id === denial || id === denialAfter);
    if (!isCue && !scope.slotFeatures.has(id)) continue;
    const rank = (hits.last[h]! - i) * 10 + (isCue ? 4 : KIND_RANK[feature.kind]! + tieBreak(id, feature.kind, h, i, scope, text, involved));
    if (rank > bestRank) {
      best = h;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Between hits of one length and kind: the claim's own entity over a namesake; a pack's own
 * concept over a general synonym group; the concept listing the words as written ("investigating"
 * is a verb of the probe, not "the investigation" someone dismissed); then the broader concept.
 */
function tieBreak(id: number, kind: string, h: number, i: number, scope: SlotScope, text: string, involved: ReadonlySet<number>): number {
  if (kind === 'entity') return involved.has(id) ? 0.5 : 0;
  if (kind !== 'concept') return 0;
  const general = scope.lexicon.synonymFeatures.has(id) ? -0.5 : 0;
  const written = scope.table.lists(id, text.slice(scratch.starts[i], scratch.ends[hits.last[h]!])) ? 0.25 : 0;
  return general + written + Math.min(0.2, scope.table.phraseCount(id) / 1000);
}
