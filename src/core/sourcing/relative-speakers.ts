/**
 * Speakers found through a relative clause: the antecedent of "who" or "which" ("one official
 * who has seen the cables said", "The Post, which cited ..."), the object of a "who" clause's verb
 * that is no speaker ("engineers who reviewed the plans said"), and unnamed people in scare quotes.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify, type Speaker } from './speaker.js';
import { isSkippable, phraseStartingBefore } from './speaker-phrases.js';

/** How far "who" may stand before the object of its clause's verb ("who had already reviewed the files"). */
const WHO_REACH = 4;

/**
 * "engineers who reviewed the plans said": the index of the "who" whose clause's verb takes the
 * phrase at `from` as its object, so that phrase is not the speaker; -1 when there is none.
 */
export function whoBeforeObject(view: SentenceView, from: number): number {
  const verb = view.tokens[from - 1];
  // "who has seen the cables": the phrase then starts at the participle, after its auxiliary.
  if (!verb?.word || verb.cap || words.prepositions.has(verb.text) || (words.breakers.has(verb.text) && !isSkippable(verb))) return -1;
  for (let k = from - 2; k >= view.from && from - k <= WHO_REACH; k--) {
    const token = view.tokens[k]!;
    if (token.text === 'who') return k;
    if (!token.word || token.quoted) return -1;
  }
  return -1;
}

/** How far back a relative pronoun may stand from the verb ("one official who has seen the cables said"). */
const RELATIVE_REACH = 15;

/**
 * "One former official who has seen the intelligence described ...", "The Post, which cited ...":
 * the speaker is the phrase before the relative pronoun of the clause that ends at token `i`.
 */
export function relativeAntecedent(view: SentenceView, i: number, commaOnly = false): Speaker | null {
  const { tokens } = view;
  for (let k = i; k > view.from && i - k < RELATIVE_REACH; k--) {
    const token = tokens[k]!;
    if (token.quoted || token.quote || token.text === ';') return null;
    if (token.text !== 'who' && token.text !== 'which') continue;
    // "the memo, which I'm told reached every desk": the writer is told, the memo says nothing.
    if (k + 1 === i && words.firstPerson.has(tokens[i]!.text)) return null;
    // "investigators who ran the trial, and who spoke on condition of anonymity": a second clause about the same people.
    if (token.text === 'who' && tokens[k - 1]?.text === 'and') return relativeAntecedent(view, tokens[k - 2]?.text === ',' ? k - 3 : k - 2, commaOnly);
    let end = k - 1;
    if (tokens[end]?.text === ',') end--;
    else if (commaOnly) return null;
    if (tokens[end]?.quote === 'close') return quotedUnnamed(view, end); // 'an anonymous "official" who says'
    if (end < view.from || !tokens[end]!.word) return null;
    // "those who know him say": people picked out only by what they do, unnamed ("those who spoke" is no speech of theirs).
    // After a preposition the phrase before it decides: "Critics of those who leaked the files say"
    // is the critics' saying; "some of those who attended" are as unnamed as "those".
    const those = tokens[end]!.text === 'those' && token.text === 'who';
    if (those && !words.prepositions.has(tokens[end - 1]?.text ?? '')) return k < i ? { cls: 'anonymous', from: end, to: end } : null;
    const start = phraseStartingBefore(view, end);
    const speaker = classify(view, start, end);
    if (speaker.cls !== 'none') return speaker;
    if (those) return k < i ? { cls: 'anonymous', from: start, to: end } : null;
    // "the vote came from council member Ada Brennan, who said": the preposition's object.
    for (let p = end - 1; p > start; p--) {
      if (!words.prepositions.has(tokens[p]!.text)) continue;
      const object = classify(view, p + 1, end);
      return object.cls === 'none' ? null : object;
    }
    return null;
  }
  return null;
}

/** Longest description of unnamed people put in scare quotes ('unnamed "current and former officials"'). */
const QUOTED_LABEL = 7;

/**
 * 'unnamed "current and former officials" say', 'an anonymous "U.S. official" who': unnamed
 * people described in quotation marks that close at token `close`, with the words before them.
 */
export function quotedUnnamed(view: SentenceView, close: number): Speaker | null {
  const { tokens } = view;
  let open = close - 1;
  while (open > view.from && close - open <= QUOTED_LABEL && tokens[open]!.quoted && (tokens[open]!.word || tokens[open]!.text === '.')) open--;
  if (tokens[open]?.quote !== 'open' || open + 1 >= close || classify(view, open + 1, close - 1).cls !== 'anonymous') return null;
  const from = open > view.from && tokens[open - 1]!.word ? Math.min(open, phraseStartingBefore(view, open - 1)) : open;
  return { cls: 'anonymous', from, to: close };
}
