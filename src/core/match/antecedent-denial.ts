/**
 * "The Post reported that Kislyak told Moscow he discussed the campaign with Sessions. Sessions
 * has flatly denied that.": the second sentence denies only a pointer back (anaphoric-denial.ts),
 * so its own words match no claim. What it denies is what the sentence just before in the same
 * block stated. When that sentence stated a claim C in its last clause, the pack declares a
 * denial claim D that denies or disputes C, and whoever denies is one of D's speakers (named as
 * the verb's subject, or a pronoun subject that can stand for nobody else), the sentence states D.
 * "Moscow rejected that" states nothing the pack knows: Moscow is not D's speaker. A sentence
 * without a claim between the two breaks the chain.
 *
 * Only within a block: the browser scans a page's blocks in batches in viewport order, reuses
 * results of blocks cached by their text alone and rescans single blocks (tooltips, DOM changes),
 * while every path reads a block whole. A chain across blocks would make the browser disagree
 * with the CLI and reuse a cached block's result in another context.
 */
import type { ClaimHit } from '../report.js';
import type { Tokens } from '../text/tokenize.js';
import { AnaphoricDenials } from './anaphoric-denial.js';
import { ClosedClause } from './closed-clause.js';
import type { CompiledIndex } from './compiled-index.js';
import { speakerNamed } from './denial-subject.js';
import { ANAPHORIC } from './occurrence-flags.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { ANAPHOR_PENALTY, CONFIDENT_SCORE, roundScore } from './thresholds.js';
import { bridgesTo } from './verb-forms.js';

const NONE: ClaimHit[] = [];

/** Per block: the claims the last sentence stated that some denial claim disputes, and who that sentence named. */
export class Antecedents {
  private readonly claims: number[] = [];
  private readonly scores: number[] = [];
  /** Every feature the antecedent sentence named: its reporter's name may qualify "the Post's report". */
  private readonly named = new Set<number>();
  /** The pack's people the antecedent sentence has as subject or speaker: a pronoun could stand for them. */
  private readonly people: number[] = [];
  /** Whether a name the pack does not know speaks there (a pronoun could stand for them too). */
  private stranger = false;
  private readonly clause: ClosedClause;
  private readonly anaphoric: AnaphoricDenials;

  constructor(
    private readonly index: CompiledIndex,
    private readonly sentence: SentenceMatcher,
  ) {
    const { vocabulary } = index.table;
    this.clause = new ClosedClause(vocabulary);
    this.anaphoric = new AnaphoricDenials(vocabulary, this.clause);
  }

  /** A new block: nothing said before it counts (see the module comment). */
  clear(): void {
    this.claims.length = 0;
  }

  /** Whether the last sentence stated a claim some denial disputes: only then is the next read for a denial of it. */
  get pending(): boolean {
    return this.claims.length > 0;
  }

  /**
   * The sentence just matched (tokens up to `to`) stated `hits` from `candidates`. Only a
   * confident one counts, and only when its evidence reaches the sentence's last clause: after
   * "..., the Post reported, and the envoy complained about the food" "that" is the food.
   */
  remember(hits: readonly ClaimHit[], candidates: readonly Candidate[], tokens: Tokens, text: string, to: number): void {
    const { index, sentence } = this;
    this.claims.length = 0;
    this.scores.length = 0;
    for (const hit of hits) {
      const claim = index.byId.get(hit.id);
      if (hit.confidence !== 'confident' || claim === undefined || index.claims[claim]!.disputedBy.length === 0) continue;
      const candidate = candidates.find((c) => c.claim === claim);
      if (candidate === undefined || this.clause.laterClause({ tokens, text, to }, lastEvidence(sentence, candidate) + 1)) continue;
      this.claims.push(claim);
      this.scores.push(hit.score);
    }
    if (!this.pending) return;
    const { features } = index.table;
    this.named.clear();
    for (let h = 0; h < sentence.hits.count; h++) if (features[sentence.hits.feature[h]!]!.kind === 'entity') this.named.add(sentence.hits.feature[h]!);
    this.people.length = 0;
    const denier = sentence.speaker.denier;
    if (denier >= 0 && features[denier]!.pronoun !== undefined) this.people.push(denier);
    // The subject: the first person the sentence names ("Kislyak told his superiors ...").
    for (let h = 0; h < sentence.hits.count; h++) {
      const feature = sentence.hits.feature[h]!;
      if (features[feature]!.kind !== 'entity' || features[feature]!.pronoun === undefined) continue;
      this.people.push(feature);
      break;
    }
    this.stranger = sentence.unknownSpeaker >= 0;
  }

  /** The denial claims the sentence just matched (tokens up to `to`) states by denying an anaphor, as hits. */
  denials(to: number, confidentOnly: boolean): ClaimHit[] {
    const { index, sentence } = this;
    const { hits, polarity, reading } = sentence;
    const antecedentName = (at: number) => {
      for (let h = 0; h < hits.count && hits.first[h]! <= at; h++) if (hits.first[h] === at && this.named.has(hits.feature[h]!)) return hits.last[h]!;
      return -1;
    };
    const verbs = this.anaphoric.verbs({ tokens: reading.tokens, text: reading.text, to, hits, polarity, antecedentName }, index.lexicon.cues);
    if (verbs.length === 0) return NONE;
    const found: ClaimHit[] = [];
    this.claims.forEach((disputed, k) => {
      const score = roundScore(this.scores[k]! - ANAPHOR_PENALTY);
      const confidence = score >= CONFIDENT_SCORE ? 'confident' : 'possible';
      if (confidentOnly && confidence !== 'confident') return;
      for (const denial of index.claims[disputed]!.disputedBy) {
        const claim = index.claims[denial]!;
        if (found.some((hit) => hit.id === claim.id)) continue;
        let denier: string | undefined;
        for (let v = 0; v < verbs.length && denier === undefined; v++) denier = this.denierOf(verbs[v]!, claim.speakers);
        if (denier === undefined) continue;
        found.push({
          id: claim.id,
          score,
          confidence,
          reasons: [`denied by ${denier}`, `denies what the sentence before stated (${index.claims[disputed]!.id}), which the pack says this claim disputes (-${ANAPHOR_PENALTY})`],
        });
      }
    });
    return found;
  }

  /**
   * The label of the one of `speakers` who denies through the verb at token `verb`: named as the
   * speaker of its clause, or a pronoun subject of the verb standing for them when the sentence
   * before has nobody else it could stand for as its subject or speaker ("Franken ... said ...
   * He disputed that." is Franken's); undefined when someone else denies or nobody known does.
   */
  private denierOf(verb: number, speakers: readonly number[]): string | undefined {
    const { index, sentence } = this;
    const { features } = index.table;
    const actor = sentence.speaker.denierAt(verb);
    if (actor >= 0) return speakerNamed(index, speakers, actor) >= 0 ? features[actor]!.label : undefined;
    const pronoun = sentence.speaker.speakerPronoun;
    const { tokens, text } = sentence.reading;
    if (pronoun < 0 || pronoun >= verb || !bridgesTo(text, tokens, pronoun, verb) || this.stranger) return undefined;
    const meant = speakers.find((feature) => sentence.has(feature) && (sentence.how[feature]! & ANAPHORIC) !== 0);
    if (meant === undefined) return undefined;
    const gender = pronounAt(sentence, pronoun);
    const rival = this.people.some((person) => speakerNamed(index, [meant], person) < 0 && (gender === undefined || features[person]!.pronoun === gender));
    return rival ? undefined : features[meant]!.label;
  }
}

/** The last token of the candidate's evidence that is no pronoun. */
function lastEvidence(sentence: SentenceMatcher, candidate: Candidate): number {
  let last = -1;
  for (const feature of candidate.found) if (!candidate.anaphoric.includes(feature)) last = Math.max(last, sentence.last[feature]!);
  return last;
}

/** The pronoun ("he", "she") of the anaphor starting at token `at`. */
function pronounAt(sentence: SentenceMatcher, at: number): string | undefined {
  const { hits, index } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.first[h] === at && index.table.features[hits.feature[h]!]!.kind === 'anaphor') return index.table.features[hits.feature[h]!]!.pronoun;
  return undefined;
}

/** `hits` with `denials` added, each in place of a weaker hit of the same claim. */
export function withDenials(hits: ClaimHit[], denials: readonly ClaimHit[]): ClaimHit[] {
  if (denials.length === 0) return hits;
  const kept = hits.filter((hit) => !denials.some((denial) => denial.id === hit.id && denial.score > hit.score));
  for (const denial of denials) if (!kept.some((hit) => hit.id === denial.id)) kept.push(denial);
  return kept.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
