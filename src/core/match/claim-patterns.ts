/**
 * A claim's wordings as patterns: match terms to features, groups of terms to shared group
 * slots, and each wording's slots merged into one weighted pattern.
 */
import type { Claim } from '../claims/schema.js';
import type { Pattern } from './compiled-index.js';
import type { PhraseTable } from './phrases.js';
import { GROUP_BASE } from './slot-groups.js';
import { buildSlots, type SlotScope, type Slot } from './slots.js';

/** The feature a match term stands for: "#entity", "@concept", or a phrase of its own. */
export function termFeature(table: PhraseTable, scope: SlotScope, term: string): number {
  if (term.startsWith('#')) return scope.entities.get(term.slice(1)) ?? -1;
  if (term.startsWith('@')) return scope.concepts.get(term.slice(1)) ?? -1;
  let feature = scope.literals.get(term);
  if (feature === undefined) {
    feature = table.addFeature({ kind: 'word', label: term });
    table.addPhrase(term, feature);
    scope.literals.set(term, feature);
  }
  return feature;
}

/**
 * A group of terms is one slot: the term's own feature when alone, else a group of features,
 * shared by every claim that lists the same terms (scans then cost the same for 100,000 claims).
 */
export class Groups {
  readonly list: number[][] = [];
  private readonly ids = new Map<string, number>();

  slot(table: PhraseTable, scope: SlotScope, terms: readonly string[]): number {
    const members = [...new Set(terms.map((term) => termFeature(table, scope, term)).filter((feature) => feature >= 0))].sort((a, b) => a - b);
    if (members.length <= 1) return members[0] ?? -1;
    const key = members.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(members);
      this.ids.set(key, id);
    }
    return GROUP_BASE + id;
  }
}

/** Slot lists of a claim: one per wording, with the `all` groups required and `any` optional in each. */
export function claimSlots(
  table: PhraseTable,
  claim: Claim,
  scope: SlotScope,
  derived: (scope: SlotScope) => SlotScope,
  groups: Groups,
  involved: ReadonlySet<number>,
): Slot[][] {
  const match = claim.match;
  if (!match) return [buildSlots(claim.statement, derived(scope), false, involved)];
  const shared = sharedSlots(table, match, scope, groups);
  const wordings = match.phrasings.map((text) => [...buildSlots(text, scope, true, involved), ...shared]);
  return wordings.length ? wordings : [shared];
}

/**
 * The wording a claim's facts make (match.facts): an encounter ("the September meeting", "the
 * first was") and one of the facts, with the groups added to each phrasing. None without facts.
 */
export function factSlots(table: PhraseTable, claim: Claim, scope: SlotScope, groups: Groups): { slots: Slot[]; facts: number } | null {
  const match = claim.match;
  if (!match?.facts.length) return null;
  const facts = groups.slot(table, scope, match.facts);
  const slots = [
    { feature: scope.lexicon.encounter, weight: 1, required: true },
    { feature: facts, weight: 1, required: true },
    ...sharedSlots(table, match, scope, groups),
  ];
  return { slots, facts };
}

/** The `all` groups, required, and the `any` groups, optional: added to each wording of a claim. */
function sharedSlots(table: PhraseTable, match: NonNullable<Claim['match']>, scope: SlotScope, groups: Groups): Slot[] {
  return [
    ...match.all.map((group) => ({ feature: groups.slot(table, scope, group), weight: 1, required: true })),
    ...match.any.map((group) => ({ feature: groups.slot(table, scope, group), weight: 1, required: false })),
  ];
}

/** `facts`: when the slots are the claim's facts wording (factSlots), the slot of the facts; else -1. */
export function toPattern(table: PhraseTable, groups: Groups, claim: number, slots: readonly Slot[], derived: boolean, facts = -1): Pattern {
  const merged = new Map<number, Slot>();
  let negated = false;
  for (const slot of slots) {
    if (slot.negation) {
      negated = true;
      continue;
    }
    const seen = merged.get(slot.feature);
    if (!seen) merged.set(slot.feature, { ...slot });
    else {
      seen.weight = Math.max(seen.weight, slot.weight);
      seen.required ||= slot.required;
      seen.scoped ||= slot.scoped;
      seen.memory ||= slot.memory;
    }
  }
  const list = [...merged.values()].filter((slot) => slot.feature >= 0);
  // Plain arrays, not typed ones: a 100,000-claim pack has 400,000 patterns, and as many small
  // typed arrays (each with its own buffer) made compiling it spend most of its time in GC.
  const required = list.map((slot): number => (slot.required && !derived ? 1 : 0));
  const weights = list.map((slot) => slot.weight);
  const scoped = list.map((slot): number => (slot.scoped ? 1 : 0));
  let total = 0;
  let optionalTotal = 0;
  list.forEach((slot, i) => {
    total += slot.weight;
    if (!required[i]) optionalTotal += slot.weight;
  });
  const requiredCount = required.reduce((sum, r) => sum + r, 0);
  const forgets = list.some((slot) => slot.memory && slot.scoped);
  const isEntity = (feature: number) => table.features[feature]!.kind === 'entity';
  const entity = list.map(({ feature }) => ((feature < GROUP_BASE ? isEntity(feature) : groups.list[feature - GROUP_BASE]!.every(isEntity)) ? 1 : 0));
  return { claim, slots: list.map((slot) => slot.feature), weights, required, entity, scoped, requiredCount, total, optionalTotal, negated, forgets, derived: derived || requiredCount === 0, facts };
}
