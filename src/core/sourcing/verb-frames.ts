/**
 * What frames a verb of saying beyond its subject: a lead-in that takes the speaker to a public
 * platform ("took to Twitter to deny"), the platform phrase itself ("on the Senate floor"), a passive that names the speaker after "by" ("the
 * closure, announced by the company") and what a paper only sends somewhere ("directs $2 million to schools").
 */
import { isTimeWord, words } from './lexicon.js';
import { hitAt, hitWithin, type CueHit, type SentenceView } from './sentence.js';
import { classify, type SpeakerClass } from './speaker.js';
import { isDeterminer, isSkippable, phraseStartingBefore } from './speaker-phrases.js';
import type { Token } from './tokens.js';

/** "went on calling it a hoax", "kept on denying it": the "on" at token `i` is the particle of a verb of going on, no preposition. */
export function continuesOn(view: SentenceView, i: number): boolean {
  return view.tokens[i]?.text === 'on' && words.continuingVerbs.has(view.tokens[i - 1]?.text ?? '');
}

/** Longest platform phrase after its preposition ("his Truth Social account", "the Senate floor"). */
const PLATFORM_PHRASE = 4;

/**
 * "took to Twitter to deny", "went on television to say": the index of the lead-in's verb when
 * token `to` is the "to" after a public platform, or -1.
 */
export function platformLeadIn(view: SentenceView, to: number): number {
  const { tokens } = view;
  if (tokens[to]?.text !== 'to') return -1;
  for (let k = to - 2; k > view.from && to - k <= PLATFORM_PHRASE + 1; k--) {
    const text = tokens[k]!.text;
    if ((text === 'to' || text === 'on') && words.platformVerbs.has(tokens[k - 1]!.text)) return platformPhraseEnd(view, k + 1) === to ? k - 1 : -1;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}

/**
 * Where a phrase naming a public platform ends when it starts at token `from`, just after its
 * preposition: "Twitter", "the Senate floor", "his Twitter account", "a tweet", "CNN" (an
 * outlet). A short run of words up to a break, holding a platform or an outlet; or -1.
 */
export function platformPhraseEnd(view: SentenceView, from: number): number {
  const { tokens } = view;
  let platform = false;
  let k = from;
  for (; k < view.to && k - from < PLATFORM_PHRASE; k++) {
    const token = tokens[k]!;
    if (!token.word || token.quoted || words.breakers.has(token.text) || words.prepositions.has(token.text)) break;
    platform ||= words.platforms.has(token.text) || hitAt(view, 'outlet', k) !== undefined;
  }
  return platform ? k : -1;
}

/** How many time words may stand between a passive verb and its "by" ("reported last year by"). */
const AGENT_REACH = 4;

/** The index of the "by" that names a passive verb's agent, past time words and a short topic, or -1. */
export function agentBy(view: SentenceView, verb: CueHit): number {
  const { tokens } = view;
  let by = verb.to;
  while (by < view.to && by - verb.to < AGENT_REACH && isTimeWord(tokens[by]!.text)) by++;
  // "was told about the cables by officials": a short topic before the agent.
  if (TOPIC_PREPOSITIONS.has(tokens[by]?.text ?? '')) {
    const topic = by;
    while (by + 1 < view.to && by - topic < TOPIC_REACH && tokens[by + 1]!.word && !tokens[by + 1]!.quoted && !words.breakers.has(tokens[by + 1]!.text) && tokens[by + 1]!.text !== 'by') by++;
    by++;
  }
  return tokens[by]?.text === 'by' ? by : -1;
}

/** Prepositions that may open a topic between a passive verb and its agent, and the topic's longest span. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of']);
const TOPIC_REACH = 4;

/** Who may be named after "by" as a reduced passive's speaker ("by email" names no one). */
export const PASSIVE_AGENTS: ReadonlySet<SpeakerClass> = new Set<SpeakerClass>(['named', 'anonymous', 'outlet', 'wire']);

/**
 * A participle at token i + 1 can be a reduced relative: after a comma, or after a noun that is
 * no speaker itself ("the mayor announced by email" is her own act) and no auxiliary ("has said").
 */
export function afterNoun(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  if (!token || token.text === ',') return token !== undefined;
  if (!token.word || isSkippable(token) || words.breakers.has(token.text)) return false;
  return classify(view, phraseStartingBefore(view, i), i).cls === 'none';
}

export function isPastForm(token: Token): boolean {
  return token.ed || words.irregularPast.has(token.text);
}

/** A finite verb, the one a clause's subject would take ("was", "angered", "found"); a capitalised word is a name. */
export function isFiniteVerb(token: Token): boolean {
  return !token.cap && (isPastForm(token) || words.finiteVerbs.has(token.text));
}

/** A verb's -ing form ("listening", "refusing"); "nothing", "something" and other -thing words are nouns. */
export function isIngForm(text: string): boolean {
  return text.endsWith('ing') && !text.endsWith('thing');
}

/** How many tokens an object may take before what follows it ("called on the state's attorney general to"). */
const OBJECT_REACH = 8;

/**
 * Where a short object from token `start` ends: the first token that `endsObject` accepts, or -1
 * when punctuation, a quotation or a clause break comes first, or the object runs too long.
 */
export function shortObjectEnd(view: SentenceView, start: number, endsObject: (token: Token) => boolean): number {
  for (let k = start; k < view.to && k - start <= OBJECT_REACH; k++) {
    const token = view.tokens[k]!;
    if (endsObject(token)) return k;
    if (token.text === ',' || token.text === ';' || token.quote || words.breakers.has(token.text)) return -1;
  }
  return -1;
}

/** The "to" after a short object from token `start` ("called on the board to", "directed readers to"), or -1. */
export function toAfterObject(view: SentenceView, start: number): number {
  return shortObjectEnd(view, start, (token) => token.text === 'to');
}

/** Currency signs: an amount after "directs" or "authorizes" is money allocated. */
const CURRENCIES = new Set(['$', '\u00a3', '\u20ac', '\u00a5']);

/**
 * "directs $2 million to schools", "directed readers to a website": a paper's `verb` only sends
 * money or people somewhere, which orders nothing; "directs the county to reopen", "authorizes
 * the sale of the land" say what it orders.
 */
export function onlySends(view: SentenceView, verb: CueHit): boolean {
  if (CURRENCIES.has(view.tokens[verb.to]?.text ?? '')) return true;
  const to = toAfterObject(view, verb.to);
  return to > verb.to && isDeterminer(view.tokens[to + 1]?.text ?? '');
}

/** Longest object of "printed" that may name what was printed as a print run ("40,000 extra copies"), in words. */
const PRINTED_OBJECT = 4;

/**
 * "printed the ministry's reply", "printed in full the response", "printed them:": an outlet prints
 * text it reports, the object after the verb at token `at` past any phrases of place, time or manner.
 * Nothing when only such phrases follow ("prints in a plant in Queens") or what is printed is the
 * paper itself ("printed 40,000 copies", "printed its last edition").
 */
export function printsText(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  let k = at;
  while (k < view.to && words.prepositions.has(tokens[k]!.text)) k = afterPrepositionPhrase(view, k);
  const first = tokens[k];
  if (k >= view.to || !first?.word || words.breakers.has(first.text)) return false;
  let end = k;
  for (let j = k + 1; j < view.to && j - k < PRINTED_OBJECT + 2; j++) {
    const token = tokens[j]!;
    if (token.word ? words.prepositions.has(token.text) : !insideNumber(view, j)) break;
    end = j;
  }
  return hitWithin(view, 'printRun', k, end) === undefined;
}

/** Punctuation at `k` with no space on either side: a separator inside a number ("40,000", "2.5"). */
function insideNumber(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  return k + 1 < view.to && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start;
}

/**
 * The token after a phrase opened by the preposition at `k`: "in full", "at length" (a manner, one
 * word); "in a plant", "on Friday" (a noun phrase, up to the next preposition, a break, or a
 * determiner that opens the object: "printed in full the text" ends the phrase at "the").
 */
function afterPrepositionPhrase(view: SentenceView, k: number): number {
  const { tokens } = view;
  const head = tokens[k + 1];
  if (!head?.word) return k + 1;
  if (!isDeterminer(head.text) && !head.cap) return k + 2;
  let j = k + 2;
  while (j < view.to && tokens[j]!.word && !words.prepositions.has(tokens[j]!.text) && !isDeterminer(tokens[j]!.text)) j++;
  return j;
}
