/**
 * What the sentence just matched stated that a denial could point back to ("Sessions has denied
 * that."): the disputed claims it stated and who it named (antecedent-denial.ts fills and reads
 * it). It belongs to the match context, as salience does, and so lasts across paragraphs: a
 * transcript's or live blog's denial opens a paragraph of its own ("HOST: And Sessions says that
 * never happened."). The browser reads the page's text before each run of a batch into the
 * run's context (scan.ts ScanOptions.runs), so it reads such a paragraph as the CLI does.
 */
import type { Span } from '../segment.js';

const LETTER = /\p{L}/u;

export class AntecedentMemory {
  /** The claims the sentence stated that some denial claim disputes. */
  readonly claims: number[] = [];
  /** Each claim's score there. */
  readonly scores: number[] = [];
  /** Every feature the sentence named: its reporter's name may qualify "the Post's report". */
  readonly named = new Set<number>();
  /** The pack's people the sentence has as subject or speaker: a pronoun could stand for them. */
  readonly people: number[] = [];
  /** Whether a name the pack does not know speaks there (a pronoun could stand for them too). */
  stranger = false;

  /** A sentence stating no disputed claim came since: nothing is pointed back to. */
  clear(): void {
    this.claims.length = 0;
    this.scores.length = 0;
  }

  /**
   * A sentence over `span` of `text` matched nothing: it breaks the chain, unless it has no
   * letter at all. A list's number ("3. Sessions says that's not what happened.") or a bullet
   * is a sentence of its own to the segmenter, yet states nothing between a claim and its denial.
   */
  unmatched(text: string, span: Span): void {
    if (LETTER.test(text.slice(span.start, span.end))) this.clear();
  }

  /** Whether the last sentence stated a claim some denial disputes: only then is the next read for a denial of it. */
  get pending(): boolean {
    return this.claims.length > 0;
  }
}
