/**
 * What compiling claim packs produces: the patterns (a claim's wordings as weighted slots of
 * features), the claims with their actors and relations, and the compiled index a scan reads.
 * Built by compile.ts, stored and restored by stored-matcher.ts.
 */
import type { ClaimView } from '../../platform/messages.js';
import type { GeneralLexicon } from './lexicon.js';
import type { PhraseTable } from './phrases.js';
import type { Postings } from './postings.js';

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
  /**
   * 1 where the wording puts the slot under its own negation: "campaign" in "the meetings were
   * not about the campaign", "colluded" in "colluding with Russia is a lie". Those are the words a
   * negative wording denies, so the page's negation must fall on one of them.
   */
  scoped: readonly number[];
  /** The wording itself is negative ("would not have picked"), so a negation on the page is expected. */
  negated: boolean;
  /**
   * The wording's negation falls on a memory word ("he did not recall a conversation with
   * Kislyak"): it says what someone forgets, so every word its negation covers must be forgotten
   * on the page; one the page negates, asks about or states outright fails it (score.ts).
   */
  forgets: boolean;
  /** Derived from the statement: scored by weighted coverage instead of required slots. */
  derived: boolean;
  /**
   * For the claim's facts wording (match.facts: an encounter and one of the claim's own facts,
   * naming neither party), the slot of the facts (recounted-fact.ts); -1 for any other wording.
   */
  facts: number;
}

export type Polarity = 'affirms' | 'denies' | 'either';

export interface CompiledClaim {
  id: string;
  polarity: Polarity;
  /** Features of the entities the claim involves. */
  actors: readonly number[];
  /** The entities the claim has speaking (role "speaker"); its actors when it names none. */
  speakers: readonly number[];
  /** The entities the claim has speaking (role "speaker"), none when it names none: a claim that is their statement. */
  voices: readonly number[];
  /**
   * Whether every one of `voices` is a person (true when it has none): the speaker test is about
   * one person's words. An organisation's finding is told by the people who speak for it ("the
   * assessment concluded Russia interfered ..., Clapper said"), whom the pack need not know.
   */
  personVoices: boolean;
  /** The entities the claim has doing what it states (role "subject"). */
  subjects: readonly number[];
  /** The people the claim is about two of at once (roles "subject" and "counterpart"): the parties to a meeting or a talk. */
  parties: readonly number[];
  vetoes: readonly number[];
  /** Words the claim's wordings give an owner ("Kislyak's accounts"), as pairs: word feature, owner (see owned-words.ts). */
  owned: readonly number[];
  patterns: number[];
  /** Claims this one is narrower than: when both match a sentence, this one wins. */
  beats: number[];
  /** The denial claims (polarity "denies") whose relations deny or dispute this one. */
  disputedBy: number[];
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

/** Whether a claim is about two people's dealings (their meetings, their talks): it names two parties. */
export function betweenTwoPeople(claim: CompiledClaim): boolean {
  return claim.parties.length >= 2;
}
