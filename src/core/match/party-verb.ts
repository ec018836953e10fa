/**
 * Whether a meeting or talking verb is the parties' own: a verb states two people's dealings only
 * when one of them is its subject ("Sessions and Kislyak met", "the two men spoke") or its object
 * ("the senator spoke with the Russian envoy"), named, described or through a pronoun standing for
 * them. "Lawmakers who spoke to reporters", "Democrats met behind closed doors" and "Kushner met
 * the banker" are someone else's dealings, whatever the sentence names beside them.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { CompiledIndex } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import { bridging, wordAt } from './verb-forms.js';

/** Words between a verb and its object: "met privately with the", "spoke twice to", "talked by phone with". */
const BEFORE_OBJECT = new Set(['with', 'to', 'privately', 'briefly', 'twice', 'again', 'also', 'by', 'phone', 'once', 'secretly', 'directly', 'the', 'a', 'an']);
/** Adverbs between a subject and its verb that do not end in "-ly" ("Sessions also met", "the two men later spoke"). */
const BEFORE_VERB = new Set([
  'also', 'later', 'then', 'again', 'twice', 'once', 'first', 'never', 'not', 'both', 'all',
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'to', 'want', 'wants', 'wanted', 'plan', 'plans', 'planned',
]);
const betweenSubject = (word: string) => bridging(word) || BEFORE_VERB.has(word);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'both']);
/** Most words standing between a verb and its subject or object. */
const REACH = 4;

/** Who a word names: one of the parties, another person, or nobody the pack knows. */
export const PARTY = 0;
export const OTHER = 1;
export const NOBODY = 2;
export type Mention = typeof PARTY | typeof OTHER | typeof NOBODY;

export class PartyVerbs {
  constructor(
    private readonly index: CompiledIndex,
    private readonly sentence: SentenceMatcher,
  ) {}

  /**
   * Whose verb the one at token `at` (sentence tokens [from, to)) is: PARTY when one of `parties`
   * is its subject or object, OTHER when someone else is its subject, NOBODY when neither is told.
   */
  whoseVerb(text: string, tokens: Tokens, at: number, from: number, to: number, parties: readonly number[]): Mention {
    // The subject: right before the verb, auxiliaries and adverbs between ("Sessions had also met").
    let k = at - 1;
    while (k >= from && at - k <= REACH && tokens.ids[k] !== BREAK && betweenSubject(wordAt(text, tokens, k))) k--;
    // "Lawmakers who spoke", "Kushner, who met": the relative pronoun's antecedent.
    if (k > from && wordAt(text, tokens, k) === 'who') k -= tokens.ids[k - 1] === BREAK ? 2 : 1;
    const subject = k >= from && tokens.ids[k] !== BREAK ? this.personAt(k, parties) : NOBODY;
    // "Flynn spoke with Kislyak": the object is a party, the dealings someone else's.
    if (subject !== NOBODY) return subject;
    // The object: after prepositions and adverbs ("spoke privately with the envoy").
    k = at + 1;
    while (k < to && k - at <= REACH && tokens.ids[k] !== BREAK && BEFORE_OBJECT.has(wordAt(text, tokens, k))) k++;
    return k < to && tokens.ids[k] !== BREAK && this.personAt(k, parties) === PARTY ? PARTY : NOBODY;
  }

  /** Whether token `at` lies in a mention of one of `parties` (a name or alias of theirs, or a word standing for them), of someone else, or of nobody known. */
  private personAt(at: number, parties: readonly number[]): Mention {
    const { hits } = this.sentence;
    const { table } = this.index;
    for (let h = 0; h < hits.count; h++) {
      if (hits.first[h]! > at || hits.last[h]! < at) continue;
      const feature = hits.feature[h]!;
      if (this.isParty(feature, parties)) return PARTY;
      const { kind, entityKind } = table.features[feature]!;
      if (kind === 'anaphor' && (entityKind === 'person' || entityKind === 'people')) return this.standsForParty(hits.first[h]!, parties) ? PARTY : OTHER;
      // Another person, or a body ("the committee", "the Justice Department").
      if (entityKind && entityKind !== 'people') return OTHER;
    }
    // "They met": a plural pronoun for the people named before it. A name the pack does not know
    // ("Flynn", "Democrats") is someone else.
    const { text, tokens } = this.sentence.reading;
    if (PLURAL_PRONOUNS.has(wordAt(text, tokens, at))) return this.standsForParty(at, parties) ? PARTY : OTHER;
    return /^[A-Z]/.test(text.charAt(tokens.starts[at]!)) ? OTHER : NOBODY;
  }

  private isParty(feature: number, parties: readonly number[]): boolean {
    return parties.some((party) => feature === party || this.index.aliases[party]?.includes(feature));
  }

  /**
   * Whether a pronoun or description on token `at` ("he", "the senator", "the two men") may stand
   * for the parties: the person named last before it in the sentence is one of them, or nobody
   * is (it then stands for people of earlier sentences). "Kushner said he met ..." is Kushner.
   */
  private standsForParty(at: number, parties: readonly number[]): boolean {
    const { hits } = this.sentence;
    const { features } = this.index.table;
    let last = -1;
    for (let h = 0; h < hits.count && hits.first[h]! < at; h++) {
      const feature = hits.feature[h]!;
      if (features[feature]!.kind !== 'anaphor' && features[feature]!.entityKind === 'person' && hits.last[h]! < at) last = feature;
    }
    return last < 0 || this.isParty(last, parties);
  }
}
