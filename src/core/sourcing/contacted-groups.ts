/**
 * Unnamed people described by how they were reached: "students interviewed said", "voters polled
 * said" (a participle of being asked, sources.json polledParticiples), and "officials the Post
 * spoke with", "people whom the paper had interviewed" (a clause naming who reached them,
 * contactVerbs). speaker.ts ends a group's core before either; speaker-phrases.ts keeps either
 * inside the group's phrase; speech acts take the outlet that did the reaching.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { HAVE_FORMS } from './auxiliaries.js';

/** "officials whom the Post interviewed", "people that the paper spoke with": relative words before the party. */
const RELATIVES = new Set(['whom', 'that']);
/** How many words the party that did the reaching may run to ("the Washington Post", "the House panel's staff"). */
const PARTY_REACH = 4;
/** How far back from a word of a contact clause the people it describes may stand. */
const CLAUSE_REACH = PARTY_REACH + 3;

/** "Students" opening a sentence, "officials" anywhere: a word for unnamed people, capitalised only as the first word. */
function isPeopleAt(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  if (!token || k < view.from || !words.unnamedHeads.has(token.text)) return false;
  return !token.cap || k === view.from;
}

/**
 * "students interviewed", "two officials briefed": a participle of being reached or asked at `k`,
 * after people, that describes them (so they stay unnamed). "the officials charged" or "the
 * officials named" are people the story has identified, and are not read so.
 */
export function describesPolledGroup(view: SentenceView, k: number): boolean {
  const token = view.tokens[k]!;
  return !token.cap && words.polledParticiples.has(token.text) && isPeopleAt(view, k - 1);
}

/** The contact clause after people, opening at token `k`: where the party starts and the contact verb's index. */
export interface ContactClause {
  party: number;
  verb: number;
}

/** "the Post spoke with", "whom the FBI had interviewed", "Reuters contacted": a clause from token `k`, or null. */
function contactClause(view: SentenceView, k: number): ContactClause | null {
  const { tokens } = view;
  const party = RELATIVES.has(tokens[k]?.text ?? '') ? k + 1 : k;
  const first = tokens[party];
  if (!first || party >= view.to || (first.text !== 'the' && !first.cap)) return null;
  for (let j = party + 1; j < view.to && j - party <= PARTY_REACH; j++) {
    const token = tokens[j]!;
    if (!token.word || token.quoted) return null;
    const verb = HAVE_FORMS.has(token.text) ? j + 1 : j; // "the Post has spoken with": a perfect's auxiliary first
    // "the Post spoke": after "the", a name comes before the verb.
    if (!(first.text === 'the' && verb === party + 1) && words.contactVerbs.has(tokens[verb]?.text ?? '')) return { party, verb };
    if (words.breakers.has(token.text)) return null;
  }
  return null;
}

/** The contact clause opening at token `k` right after people ("officials | the Post spoke with"), or null. */
export function clauseAfterPeople(view: SentenceView, k: number): ContactClause | null {
  return isPeopleAt(view, k - 1) ? contactClause(view, k) : null;
}

/** The contact clause after the first group of people in [from, to] ("several officials the Times interviewed"), or null. */
export function groupContactClause(view: SentenceView, from: number, to: number): ContactClause | null {
  for (let h = from; h <= to; h++) if (isPeopleAt(view, h)) return contactClause(view, h + 1);
  return null;
}

/** Whether token `i` lies in a contact clause after people ("the Times interviewed" in "officials the Times interviewed said"). */
export function inContactClause(view: SentenceView, i: number): boolean {
  const text = view.tokens[i]!.text;
  if (!RELATIVES.has(text) && !HAVE_FORMS.has(text) && !words.contactVerbs.has(text)) return false;
  for (let h = i - 1; h >= view.from && i - h <= CLAUSE_REACH; h--) {
    if (!isPeopleAt(view, h)) continue;
    const clause = clauseAfterPeople(view, h + 1);
    return clause !== null && clause.verb >= i;
  }
  return false;
}
