/**
 * Compiles claim packs into what a scan needs: one phrase table for every entity alias, concept
 * and lexicon word; each claim's wordings as patterns of features; and an inverted index from
 * feature to the patterns that could match when it is present.
 */
import type { ClaimPack, Claim } from '../claims/schema.js';
import type { ClaimView } from '../../platform/messages.js';
import { Vocabulary } from '../text/tokenize.js';
import { loadGeneralLexicon, type GeneralLexicon } from './lexicon.js';
import { PhraseTable, withoutDeterminer } from './phrases.js';
import { buildSlots, type SlotScope, type Slot } from './slots.js';
import { GROUP_BASE, buildPostings, usefulFeatures, type Postings } from './postings.js';

export interface Pattern {
  claim: number;
  slots: readonly number[];
  weights: readonly number[];
  /** 1 where the slot must be present (hand-written wordings); derived patterns have none. */
  required: readonly number[];
  /** 1 where the slot is an entity (a who, not a what: polarity does not apply to it). */
  entity: readonly number[];
  requiredCount: number;
  total: number;
  optionalTotal: number;
  /** The wording itself is negative ("would not have picked"), so a negation on the page is expected. */
  negated: boolean;
  /** Derived from the statement: scored by weighted coverage instead of required slots. */
  derived: boolean;
}

export type Polarity = 'affirms' | 'denies' | 'either';


export interface CompiledClaim {
  id: string;
  polarity: Polarity;
  /** Features of the entities the claim involves. */
  actors: readonly number[];
  /** The entities the claim has speaking (role "speaker"); its actors when it names none. */
  speakers: readonly number[];
  vetoes: readonly number[];
  patterns: number[];
  /** Claims this one is narrower than: when both match a sentence, this one wins. */
  beats: number[];
}

export interface CompiledIndex {
  table: PhraseTable;
  lexicon: GeneralLexicon;
  patterns: Pattern[];
  claims: CompiledClaim[];
  /**
   * What getClaim answers for claim i. A function, not a field: a restored index (stored-matcher.ts)
   * reads views only when asked, since scans need only ids and a woken worker should not wait for
   * 100,000 of them.
   */
  view(claim: number): ClaimView | undefined;
  byId: Map<string, number>;
  groups: (readonly number[])[];
  /** Entity feature -> the ambiguous alias features that stand for it on a page ("Chen"). */
  aliases: (readonly number[] | undefined)[];
  /** The inverted index: which patterns to score for the features of a sentence. */
  postings: Postings;
}

/** An alias naming more entities than this is indexed as itself ("Chen", not each Chen). */
const AMBIGUOUS_ALIAS = 4;

export function compileIndex(packs: readonly ClaimPack[], packIds: readonly string[]): CompiledIndex {
  const vocabulary = new Vocabulary();
  const table = new PhraseTable(vocabulary, vocabulary.intern('not'));
  const lexicon = loadGeneralLexicon(table);
  const scopes = packs.map((pack) => packScope(table, lexicon, pack));
  // A statement may name people of any pack: an imported fact-check about "the attorney
  // general" is recognised through the bundled pack's aliases.
  const everyEntity = scopes.flatMap((scope) => [...scope.entities.values()]);
  const derivedScopes = new Map<SlotScope, SlotScope>();
  const derivedScope = (scope: SlotScope): SlotScope => {
    let derived = derivedScopes.get(scope);
    if (!derived) {
      derived = { ...scope, slotFeatures: new Set([...scope.slotFeatures, ...everyEntity]) };
      derivedScopes.set(scope, derived);
    }
    return derived;
  };

  const claims: CompiledClaim[] = [];
  const views: ClaimView[] = [];
  const patterns: Pattern[] = [];
  const byId = new Map<string, number>();
  const groups = new Groups();
  packs.forEach((pack, p) => {
    const scope = scopes[p]!;
    for (const claim of pack.claims) {
      if (byId.has(claim.id)) continue; // the first enabled pack that defines an id wins
      const index = claims.length;
      byId.set(claim.id, index);
      const actors = new Set(claim.involved.map((ref) => scope.entities.get(ref.entity) ?? -1));
      const compiled: CompiledClaim = {
        id: claim.id,
        polarity: claim.match?.polarity ?? 'affirms',
        actors: [...actors],
        speakers: speakersOf(claim, scope.entities, actors),
        vetoes: (claim.match?.none ?? []).map((term) => termFeature(table, scope, term)),
        patterns: [],
        beats: [],
      };
      claims.push(compiled);
      views.push({ ...claim, packId: packIds[p]!, packName: pack.name });
      for (const slots of claimSlots(table, claim, scope, derivedScope, groups, actors)) {
        compiled.patterns.push(patterns.length);
        patterns.push(toPattern(table, groups, index, slots, !claim.match));
      }
    }
  });
  for (const claim of claims) claim.patterns = claim.patterns.slice();
  linkRelations(claims, views, byId);
  const firstAlias = table.features.length;
  const aliases = table.markAmbiguous(AMBIGUOUS_ALIAS);
  table.prune(usefulFeatures(table, patterns, claims, groups.list, firstAlias));
  const postings = buildPostings(patterns, table.features.length, groups.list, aliases);
  table.seal();
  const aliasesOf: (readonly number[] | undefined)[] = new Array(table.features.length);
  for (const [entity, list] of aliases) aliasesOf[entity] = list;
  return { table, lexicon, patterns, claims, view: (claim) => views[claim], byId, groups: groups.list, aliases: aliasesOf, postings };
}

/** Registers a pack's entities and concepts as features. */
function packScope(table: PhraseTable, lexicon: GeneralLexicon, pack: ClaimPack): SlotScope {
  const entities = new Map<string, number>();
  for (const entity of pack.entities) {
    const feature = table.addFeature({ kind: 'entity', label: entity.name, entityKind: entity.kind });
    for (const alias of [entity.name, ...entity.aliases]) table.addPhrase(withoutDeterminer(alias, true), feature, true);
    entities.set(entity.id, feature);
  }
  const concepts = new Map<string, number>();
  for (const [name, phrases] of Object.entries(pack.lexicon)) {
    const feature = table.addFeature({ kind: 'concept', label: name });
    // Listed as written with its determiner: "his statements" in one concept does not make it
    // the concept that lists "statements" (see slots.ts, tieBreak).
    for (const phrase of phrases) table.addPhrase(withoutDeterminer(phrase), feature, false, phrase);
    concepts.set(name, feature);
  }
  const slotFeatures = new Set([...entities.values(), ...concepts.values(), ...lexicon.synonymFeatures]);
  return { table, lexicon, entities, concepts, literals: new Map(), slotFeatures };
}

/** The feature a match term stands for: "#entity", "@concept", or a phrase of its own. */
function termFeature(table: PhraseTable, scope: SlotScope, term: string): number {
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
class Groups {
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
function claimSlots(
  table: PhraseTable,
  claim: Claim,
  scope: SlotScope,
  derived: (scope: SlotScope) => SlotScope,
  groups: Groups,
  involved: ReadonlySet<number>,
): Slot[][] {
  const match = claim.match;
  if (!match) return [buildSlots(claim.statement, derived(scope), false, involved)];
  const shared: Slot[] = [
    ...match.all.map((group) => ({ feature: groups.slot(table, scope, group), weight: 1, required: true })),
    ...match.any.map((group) => ({ feature: groups.slot(table, scope, group), weight: 1, required: false })),
  ];
  const wordings = match.phrasings.map((text) => [...buildSlots(text, scope, true, involved), ...shared]);
  return wordings.length ? wordings : [shared];
}

function toPattern(table: PhraseTable, groups: Groups, claim: number, slots: readonly Slot[], derived: boolean): Pattern {
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
    }
  }
  const list = [...merged.values()].filter((slot) => slot.feature >= 0);
  // Plain arrays, not typed ones: a 100,000-claim pack has 400,000 patterns, and as many small
  // typed arrays (each with its own buffer) made compiling it spend most of its time in GC.
  const required = list.map((slot): number => (slot.required && !derived ? 1 : 0));
  const weights = list.map((slot) => slot.weight);
  let total = 0;
  let optionalTotal = 0;
  list.forEach((slot, i) => {
    total += slot.weight;
    if (!required[i]) optionalTotal += slot.weight;
  });
  const requiredCount = required.reduce((sum, r) => sum + r, 0);
  const isEntity = (feature: number) => table.features[feature]!.kind === 'entity';
  const entity = list.map(({ feature }) => ((feature < GROUP_BASE ? isEntity(feature) : groups.list[feature - GROUP_BASE]!.every(isEntity)) ? 1 : 0));
  return { claim, slots: list.map((slot) => slot.feature), weights, required, entity, requiredCount, total, optionalTotal, negated, derived: derived || requiredCount === 0 };
}

function linkRelations(claims: CompiledClaim[], views: readonly ClaimView[], byId: Map<string, number>): void {
  claims.forEach((claim, c) => {
    for (const { claim: other, relation } of views[c]!.related) {
      const target = byId.get(other);
      if (target === undefined) continue;
      if (relation === 'narrower') claim.beats.push(target);
      if (relation === 'broader') claims[target]!.beats.push(c);
    }
  });
}

function speakersOf(claim: Claim, entities: ReadonlyMap<string, number>, actors: ReadonlySet<number>): number[] {
  const speakers = claim.involved.filter((ref) => ref.role === 'speaker').map((ref) => entities.get(ref.entity) ?? -1);
  return speakers.length ? speakers : [...actors];
}
