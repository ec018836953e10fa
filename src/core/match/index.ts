/**
 * The claim matcher: compile the enabled packs once, then match blocks of text sentence by
 * sentence. Each hit carries a score in [0, 1], a confidence level and readable reasons.
 */
import type { ClaimPack } from '../claims/schema.js';
import type { ClaimHit } from '../report.js';
import type { ClaimView } from '../../platform/messages.js';
import type { Span } from '../segment.js';
import { readBlock, type ReadBlock } from '../text/read-block.js';
import { Tokens, startsUpper } from '../text/tokenize.js';
import { apartFromDenial } from './apart-from-denial.js';
import { Antecedents, withDenials } from './antecedent-denial.js';
import { BlockWords } from './block-words.js';
import { compete } from './compete.js';
import { compileIndex } from './compile.js';
import type { CompiledIndex } from './compiled-index.js';
import { explain } from './explain.js';
import { ANAPHORIC } from './occurrence-flags.js';
import { PassingMentions } from './passing-mention.js';
import { questionStart } from './question-start.js';
import { Salience } from './salience.js';
import { restoreIndex, storeIndex, type StoredMatcher } from './stored-matcher.js';
import { demote, type Candidate } from './score.js';
import { SentenceMatcher } from './sentence.js';
import { roundScore } from './thresholds.js';

export { MATCHER_FORMAT } from './stored-matcher.js';

/**
 * Per-document state: who was named recently, for pronouns. Create one per document. What a
 * sentence before stated, for a denial pointing back to it, is the matcher's own and lasts one block.
 */
export interface MatchContext {
  readonly salience: Salience;
  /** Only confident hits are wanted: possible ones are neither explained nor returned. */
  readonly confidentOnly: boolean;
}

export interface ClaimMatcher {
  readonly claimCount: number;
  /** Wordings scored so far (the inverted index keeps this proportional to the text, not the database). */
  readonly evaluations: number;
  getClaim(id: string): ClaimView | undefined;
  /** `confidentOnly`: the caller keeps only confident hits, so possible ones are not even built. */
  newContext(options?: { confidentOnly?: boolean }): MatchContext;
  /** Claim hits of each sentence span of one block (offsets in the block's original text). */
  matchBlock(text: string, sentences: readonly Span[], context: MatchContext): ClaimHit[][];
  /** The same for a block already read (the scan reads each block once for tagging and matching). */
  matchRead(block: ReadBlock, context: MatchContext): ClaimHit[][];
}

const NONE: Candidate[] = [];
/** Shared by every sentence without a hit: callers only read it. */
const NONE_FOUND: ClaimHit[] = [];

/** A pack's id when none is given: its name in kebab case. */
function defaultPackId(pack: ClaimPack): string {
  return pack.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pack';
}

export function compileMatcher(packs: readonly ClaimPack[], packIds?: readonly string[]): ClaimMatcher {
  const index = compileIndex(packs, packIds ?? packs.map(defaultPackId));
  return new Matcher(index);
}

/**
 * A compiled matcher as plain structured-clonable data (see stored-matcher.ts), for a cache that
 * spares a woken service worker the compile of a large pack.
 */
export function serializeMatcher(matcher: ClaimMatcher): StoredMatcher {
  if (!(matcher instanceof Matcher)) throw new TypeError('not a matcher from compileMatcher');
  return storeIndex(matcher.index);
}

/** The matcher `serializeMatcher` stored, or null unless `data` is intact and of this format. */
export function restoreMatcher(data: unknown): ClaimMatcher | null {
  const index = restoreIndex(data);
  return index && new Matcher(index);
}

class Matcher implements ClaimMatcher {
  private readonly sentence: SentenceMatcher;
  private readonly tokens = new Tokens();
  private readonly words: BlockWords;
  private readonly passing: PassingMentions;
  /** The text of the block being matched, which the tokens' offsets index. */
  private text = '';
  /** Whether token `token` of the block starts with a capital letter: made once, not per block. */
  private readonly capital = (token: number) => startsUpper(this.text, this.tokens.starts[token]!);
  /** What the last sentence of the block stated, for a denial of it ("Sessions has denied that."). */
  private readonly antecedents: Antecedents;

  constructor(readonly index: CompiledIndex) {
    this.sentence = new SentenceMatcher(index);
    this.antecedents = new Antecedents(index, this.sentence);
    this.passing = new PassingMentions(index, this.sentence);
    this.words = new BlockWords(index.table.vocabulary, index.table.vocabulary.intern('not'));
  }

  get claimCount(): number {
    return this.index.claims.length;
  }

  get evaluations(): number {
    return this.sentence.evaluations;
  }

  getClaim(id: string): ClaimView | undefined {
    const at = this.index.byId.get(id);
    return at === undefined ? undefined : this.index.view(at);
  }

  newContext(options: { confidentOnly?: boolean } = {}): MatchContext {
    return { salience: new Salience(this.index.table.features, ANAPHORIC), confidentOnly: options.confidentOnly === true };
  }

  matchBlock(text: string, sentences: readonly Span[], context: MatchContext): ClaimHit[][] {
    return this.matchRead(readBlock(text, sentences), context);
  }

  matchRead(block: ReadBlock, context: MatchContext): ClaimHit[][] {
    this.words.fill(block, this.tokens);
    this.text = block.text;
    this.antecedents.clear();
    const results: ClaimHit[][] = [];
    for (let s = 0; s < block.spans.length; s++) results.push(this.matchSentence(block.spans[s]!, s, context));
    return results;
  }

  /** The hits of the block's sentence `s`, over `span` of its text. */
  private matchSentence(span: Span, s: number, context: MatchContext): ClaimHit[] {
    const { tokens, words, text } = this;
    const from = words.sentenceFrom[s]!;
    const to = words.sentenceTo[s]!;
    // After a sentence stating a disputed claim, one with a denial or speech verb is read in
    // full even when it names nothing to match; one asking ("Did he deny that?") denies nothing.
    const awaited = from < to && this.antecedents.pending;
    let question = awaited ? questionStart(text, span) : -1;
    const pending = awaited && question < 0;
    const candidates = from < to ? this.sentence.match(tokens, text, this.capital, from, to, context.salience, pending) : NONE;
    const denials = pending ? this.antecedents.denials(to, context.confidentOnly) : NONE_FOUND;
    if (candidates.length === 0) {
      this.antecedents.clear();
      return denials;
    }
    // A passing mention is judged before the question demotes anything, and demoted only after
    // the claims compete: it keeps a confident match's strength there, so that a neighbouring
    // possible match does not take the sentence from it.
    this.passing.startSentence({ text, tokens, from, to });
    const passing = candidates.filter((candidate) => this.passing.inPassing(candidate));
    // A question ("Did the two men meet?") asks; it does not state the claim. A question
    // closing a statement ("The report revives a question: did he mislead Congress?") asks
    // only about what follows its colon or dash.
    if (!awaited) question = questionStart(text, span);
    if (question >= 0) for (const candidate of candidates) if (this.reaches(candidate, question)) demote(candidate, 'question');
    const hits = withDenials(this.hits(candidates, passing, from, to, context.confidentOnly), denials);
    for (const hit of hits) if (hit.confidence === 'confident') context.salience.stated(this.index.byId.get(hit.id)!);
    this.antecedents.remember(hits, candidates, tokens, text, to);
    return hits;
  }

  /** Whether any of the candidate's evidence lies at or after character `at`. */
  private reaches(candidate: Candidate, at: number): boolean {
    const { first } = this.sentence;
    return candidate.found.some((feature) => this.tokens.starts[first[feature]!]! >= at);
  }

  private hits(candidates: Candidate[], passing: readonly Candidate[], from: number, to: number, confidentOnly: boolean): ClaimHit[] {
    const { sentence, index, text } = this;
    // The tokens each candidate's evidence covers (pronouns excepted), one flag per token.
    const spans = (candidate: Candidate) => {
      const covered = new Uint8Array(to - from);
      for (const feature of candidate.found) {
        if (candidate.anaphoric.includes(feature)) continue;
        covered.fill(1, sentence.first[feature]! - from, sentence.last[feature]! - from + 1);
      }
      return covered;
    };
    // Only claims that compete ask what stands apart from a denial.
    const apart = candidates.length > 1 ? apartFromDenial(sentence.polarity, text, this.tokens, from, to) : undefined;
    const hits: ClaimHit[] = [];
    for (const { candidate, related } of compete(index, candidates, spans, (feature) => sentence.first[feature]! - from, apart)) {
      if (passing.includes(candidate) && !candidate.demoted) demote(candidate, 'passing');
      // Explaining is the costly part of a hit: none for one the caller would drop.
      if (confidentOnly && candidate.confidence !== 'confident') continue;
      const hit: ClaimHit = {
        id: index.claims[candidate.claim]!.id,
        score: roundScore(candidate.score),
        confidence: candidate.confidence,
        reasons: explain(index, sentence, candidate, text, this.tokens),
      };
      if (related.length) hit.related = related.map((claim) => index.claims[claim]!.id);
      hits.push(hit);
    }
    return hits.length > 1 ? hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)) : hits;
  }
}
