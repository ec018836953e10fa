/**
 * Verbs that also strike or tap ("knocked", "rapped"): they criticize only where what follows
 * them could be nothing but criticism, since their other sense is the common one, in sports copy
 * above all ("knocked Cole for six runs", "rapped the post for the second time").
 */
import { words } from './lexicon.js';
import { hitAt, type SentenceView } from './sentence.js';
import { shortObjectEnd } from './verb-frames.js';

/** How far a possessive may stand before the thing said it owns ("the AG's confirmation-hearing answers"). */
const OWNED_REACH = 3;

/**
 * Whether the words from token `at` after a verb of striking state its grounds: "for not"
 * ("knocked the agency for not answering"), "for" or "as" and a quotation within a few words ("for
 * giving "bad answers"", "as a "disgrace""), or an owned thing said ("knocked Sessions' answers").
 * Not "knocked on the door", "knocked him out for hours", nor other words after "for", which in
 * sports copy are a count, a time or a goal ("for six runs", "for the second time", "for his
 * second goal", "for silence").
 */
export function statesGrounds(view: SentenceView, at: number): boolean {
  if (ownedSaying(view, at)) return true;
  const { tokens } = view;
  const end = shortObjectEnd(view, at, (token) => token.text === 'as' || words.prepositions.has(token.text) || words.strikingParticles.has(token.text));
  if (end <= at) return false;
  const grounds = tokens[end + 1];
  if (!grounds || (tokens[end]!.text !== 'for' && tokens[end]!.text !== 'as')) return false;
  if (tokens[end]!.text === 'for' && grounds.text === 'not') return true;
  return quotedJudgementAt(view, end + 1);
}

/** How many words of the grounds may come before their quoted judgement ("for giving "bad answers""). */
const JUDGEMENT_REACH = 3;

/** A quotation opening within a few words from token `from` ("as a "disgrace"", "for a "shameful" call"): a judgement. */
function quotedJudgementAt(view: SentenceView, from: number): boolean {
  for (let k = from; k < view.to && k - from < JUDGEMENT_REACH; k++) {
    const token = view.tokens[k]!;
    if (token.quote === 'open') return true;
    if (!token.word) return false;
  }
  return false;
}

/**
 * "Sessions' answers", "the mayor's remarks", "his testimony": a possessive and, within a few
 * words, a thing said that has no other sense a blow could land on ("Arsenal's defence", "his
 * line", struckNouns).
 */
function ownedSaying(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  let k = at;
  if (words.definite.has(tokens[k]?.text ?? '')) k++;
  const owner = tokens[k];
  // "Sessions' answers": a plural possessive keeps its apostrophe as a token of its own.
  const plainOwner = tokens[k + 1]?.text === "'";
  if (!owner || !(owner.poss || words.possessive.has(owner.text) || (owner.word && plainOwner))) return false;
  for (let j = plainOwner ? k + 2 : k + 1; j < view.to && j - k <= OWNED_REACH; j++) {
    const noun = tokens[j]!;
    if ((hitAt(view, 'speechNoun', j) || hitAt(view, 'statementNoun', j)) && !words.struckNouns.has(noun.text)) return true;
    if (!noun.word) return false;
  }
  return false;
}
