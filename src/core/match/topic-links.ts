/**
 * "stepped aside from any inquiry touching on the campaign", "matters that deal with the
 * election": a topic link right after an inquiry noun (directly, or through "that" or "which")
 * says what the inquiry is about. Its words are often also ways of discussing ("touched on",
 * "dealt with"), but here nobody discussed anything, so they must not count as a conversation.
 */
import type { Tokens } from '../text/tokenize.js';
import type { Cues } from './lexicon.js';
import type { PhraseHits } from './phrase-lookup.js';

export class TopicLinks {
  /** Token ranges [from, to] of the current sentence's topic links, side by side. */
  private readonly spans: number[] = [];

  /** `relative`: whether a word id is "that" or "which", allowed between the noun and its link. */
  constructor(
    private readonly cues: Pick<Cues, 'inquiry' | 'topicLink'>,
    private readonly relative: (id: number) => boolean,
  ) {}

  /** Finds the topic links among a sentence's phrases (in order of first token). */
  find(tokens: Tokens, hits: PhraseHits): void {
    this.spans.length = 0;
    const { inquiry, topicLink } = this.cues;
    let inquiryEnd = -2;
    for (let h = 0; h < hits.count; h++) {
      const feature = hits.feature[h]!;
      const first = hits.first[h]!;
      if (feature === inquiry) inquiryEnd = Math.max(inquiryEnd, hits.last[h]!);
      else if (feature === topicLink && this.follows(tokens, inquiryEnd, first)) this.spans.push(first, hits.last[h]!);
    }
  }

  /** Whether token `at` lies in a topic link of the current sentence. */
  covers(at: number): boolean {
    const { spans } = this;
    for (let k = 0; k < spans.length; k += 2) if (at >= spans[k]! && at <= spans[k + 1]!) return true;
    return false;
  }

  private follows(tokens: Tokens, inquiryEnd: number, first: number): boolean {
    return inquiryEnd === first - 1 || (inquiryEnd === first - 2 && this.relative(tokens.ids[first - 1]!));
  }
}
