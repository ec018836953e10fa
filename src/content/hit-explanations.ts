/**
 * The background's answers to "why did this sentence match that claim", asked once per sentence
 * and claim of a session: a tooltip opened again shows at once, and hovering to and fro sends
 * no message.
 */
import type { HitDetails, HitQuery } from '../platform/messages.js';
import type { PaintedSentence } from './records.js';

export class HitExplanations {
  readonly #answers = new Map<string, Promise<HitDetails | null>>();

  constructor(
    private readonly ask: (query: HitQuery) => Promise<HitDetails | null>,
    /** What every query names besides the sentence: the document and the session's generation. */
    private readonly scope: Pick<HitQuery, 'document' | 'generation'>,
  ) {}

  explain(sentence: PaintedSentence, claimId: string): Promise<HitDetails | null> {
    const { record, result } = sentence;
    const id = `${record.scanKey}:${result.start}:${claimId}`;
    let answer = this.#answers.get(id);
    if (!answer) {
      answer = this.ask({ ...this.scope, block: record.scanKey, start: result.start, claimId, text: record.block.text });
      // A failed question is asked again next time.
      answer.catch(() => this.#answers.delete(id));
      this.#answers.set(id, answer);
    }
    return answer;
  }
}
