/**
 * Compiles claim packs into what a scan needs: one phrase table for every entity alias, concept
 * and lexicon word; each claim's wordings as patterns of features (claim-patterns.ts); and an
 * inverted index from feature to the patterns that could match when it is present.
 */
import type { ClaimPack, Claim } from '../claims/schema.js';
import type { ClaimView } from '../../platform/messages.js';
import { Vocabulary } from '../text/vocabulary.js';
import { Groups, claimSlots, factSlots, termFeature, toPattern } from './claim-patterns.js';
import { betweenTwoPeople, type CompiledClaim, type CompiledIndex, type Pattern } from './compiled-index.js';
import { loadGeneralLexicon, type GeneralLexicon } from './lexicon.js';
import { ownedWords } from './owned-words.js';
import { PhraseTable, withoutDeterminer } from './phrases.js';
import { buildPostings, usefulFeatures } from './postings.js';
import type { SlotScope } from './slots.js';

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
      const voices = involvedIn(claim, scope.entities, 'speaker');
      const vetoes = (claim.match?.none ?? []).map((term) => termFeature(table, scope, term));
      const wordings = claimSlots(table, claim, scope, derivedScope, groups, actors);
      const compiled: CompiledClaim = {
        id: claim.id,
        polarity: claim.match?.polarity ?? 'affirms',
        actors: [...actors],
        speakers: voices.length ? voices : [...actors],
        voices,
        personVoices: false,
        subjects: involvedIn(claim, scope.entities, 'subject'),
        parties: partiesOf(table, claim, scope.entities),
        vetoes,
        owned: ownedWords(wordings),
        patterns: [],
        beats: [],
        disputedBy: [],
      };
      claims.push(compiled);
      views.push({ ...claim, packId: packIds[p]!, packName: pack.name });
      for (const slots of wordings) {
        compiled.patterns.push(patterns.length);
        patterns.push(toPattern(table, groups, index, slots, !claim.match));
      }
      const factWording = betweenTwoPeople(compiled) ? factSlots(table, claim, scope, groups) : null;
      if (factWording) {
        compiled.patterns.push(patterns.length);
        patterns.push(toPattern(table, groups, index, factWording.slots, false, factWording.facts));
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
  // Decided once the table is final, as the sentence pass would read it.
  for (const claim of claims) claim.personVoices = claim.voices.every((voice) => table.features[voice]?.entityKind === 'person');
  const aliasesOf: (readonly number[] | undefined)[] = new Array(table.features.length);
  for (const [entity, list] of aliases) aliasesOf[entity] = list;
  return { table, lexicon, patterns, claims, view: (claim) => views[claim], byId, groups: groups.list, aliases: aliasesOf, postings };
}

/** Registers a pack's entities and concepts as features. */
function packScope(table: PhraseTable, lexicon: GeneralLexicon, pack: ClaimPack): SlotScope {
  const entities = new Map<string, number>();
  for (const entity of pack.entities) {
    const feature = table.addFeature({ kind: 'entity', label: entity.name, entityKind: entity.kind, ...(entity.pronoun && { pronoun: entity.pronoun }) });
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

function linkRelations(claims: CompiledClaim[], views: readonly ClaimView[], byId: Map<string, number>): void {
  claims.forEach((claim, c) => {
    for (const { claim: other, relation } of views[c]!.related) {
      const target = byId.get(other);
      if (target === undefined) continue;
      if (relation === 'narrower') claim.beats.push(target);
      if (relation === 'broader') claims[target]!.beats.push(c);
      // A denial of a claim wins over it when the sentence says nothing of the claim beyond
      // what the denial itself speaks of ("he never discussed the campaign with Russians, and
      // the intercept is unreliable" states the denial, not the intercepted account).
      if (relation !== 'denies' && relation !== 'disputes') continue;
      if (claim.polarity === 'denies') claim.beats.push(target);
      // Disputing goes both ways: an account that disputes a denial is one the denial disputes.
      addDisputing(claims, target, c);
      addDisputing(claims, c, target);
    }
  });
}

/** Records that `denial` disputes `claim`, when it is a denial (one that disputes from both sides is listed once). */
function addDisputing(claims: CompiledClaim[], claim: number, denial: number): void {
  const { disputedBy } = claims[claim]!;
  if (claims[denial]!.polarity === 'denies' && !disputedBy.includes(denial)) disputedBy.push(denial);
}

/** The entities a claim involves in `roles`. */
function involvedIn(claim: Claim, entities: ReadonlyMap<string, number>, ...roles: string[]): number[] {
  return claim.involved.filter((ref) => roles.includes(ref.role)).map((ref) => entities.get(ref.entity) ?? -1);
}

/** The people among a claim's subject and counterpart: two of them make it a claim about their dealings. */
function partiesOf(table: PhraseTable, claim: Claim, entities: ReadonlyMap<string, number>): number[] {
  return involvedIn(claim, entities, 'subject', 'counterpart').filter((feature) => table.features[feature]?.entityKind === 'person');
}
