/**
 * Speech acts in a sentence: a verb of saying, denying or citing, and who does it. This module
 * decides which cue hits are acts (not a verb used as a noun, the most telling reading of a word)
 * and hands each to its builder: source-acts.ts ("according to", "citing", "was quoted") or
 * verb-act.ts (the rest, with the subject search in act-subjects.ts).
 */
import type { CueCategory } from './cue-table.js';
import { marksPossession, type Token } from './tokens.js';
import { words } from './lexicon.js';
import { statesNothing } from './unstated-acts.js';
import { hitAt, insideHit, isTitleCase, type CueHit, type SentenceView } from './sentence.js';
import { quotedAct, sourceAct, tellingByAct } from './source-acts.js';
import { creditsInformation, isCreditVerb } from './credit-acts.js';
import { isArticle, isDeterminer, isPossessive, namesSpeakers } from './speaker-phrases.js';
import { floatingBoth, isProgressive, verbAct } from './verb-act.js';
import { continuesOn, platformLeadIn } from './verb-frames.js';
import { refusedAcceptance, refusedCommentEnd, refusedTo } from './refusals.js';
import { classify } from './speaker.js';
import { baseAct, finishAct } from './speech-act.js';
import { phraseEndingAfter } from './speaker-phrases.js';
import type { Act } from './speech-act.js';

export type { Act } from './speech-act.js';

const VERB_CATEGORIES: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'participle', 'docVerb', 'denialVerb', 'objectVerb']);

export function findActs(view: SentenceView): Act[] {
  const acts: Act[] = [];
  // Tokens up to `takenTo` that an act's verb already covers ("according to" is one act).
  let takenTo = -1;
  for (const hit of view.hits) {
    const token = view.tokens[hit.from]!;
    if (token.quoted || hit.from < takenTo || insideNonDenial(view, hit)) continue;
    const verbal = VERB_CATEGORIES.has(hit.category);
    if (verbal && (isNounUse(view, hit.from, hit.category) || statesNothing(view, hit))) continue;
    if (hit.category === 'citing' && !creditsInformation(view, hit)) continue;
    let act: Act | null = null;
    // "was quoted by the Post": its subject speaks; "the remark was credited to an aide" names the aide, like "credited the remark to".
    const passive = hit.category === 'citing' && !isProgressive(view, hit) && words.passiveMarkers.has(view.tokens[hit.from - 1]?.text ?? '') && !isCreditVerb(token.text);
    if (passive) act = quotedAct(view, hit, 2);
    else if (hit.category === 'citing' && view.tokens[hit.to]?.text === 'as' && view.tokens[hit.from - 1]?.word) act = quotedAct(view, hit, 1); // "the aide quoted as saying"
    else if (hit.category === 'according' || hit.category === 'citing') {
      act = sourceAct(view, hit);
      const giver = reasonGiver(view, hit, act);
      if (giver) acts.push(giver);
    }
    else if (hit.category === 'byTelling') act = tellingByAct(view, hit);
    else if (hit.phrase.data.verb?.refusal) act = refusalAct(view, hit);
    else if (verbal) act = verbAct(view, preferredVerb(view, hit.from) ?? hit);
    if (!act) continue;
    takenTo = Math.max(takenTo, act.verb.to);
    acts.push(act);
  }
  return acts;
}

/**
 * "The club declined to comment", "Declining to comment on the fine, the coach said ...": a
 * refusal to comment (refusals.ts) is its subject's act; an opening participle's subject follows
 * its clause.
 */
function refusalAct(view: SentenceView, hit: CueHit): Act | null {
  const refused = refusedCommentEnd(view, hit);
  if (refused < 0) return null;
  const verb = { ...hit, to: refused };
  if (hit.from !== view.from || !view.tokens[hit.from]!.text.endsWith('ing')) return verbAct(view, verb);
  let comma = refused;
  while (comma < view.to && view.tokens[comma]!.text !== ',') comma++;
  if (comma + 1 >= view.to) return null;
  // The subject ends before its own verb ("the treasurer pointed to ..."), which the phrase reader may not know.
  const end = phraseEndingAfter(view, comma + 1);
  let last = comma + 1;
  while (last < end && !view.tokens[last + 1]!.ed) last++;
  const speaker = classify(view, comma + 1, last);
  return speaker.cls !== 'none' ? finishAct(view, verb, baseAct('speech', verb, speaker, view), false) : null;
}

/** Who a cited thing may be, when it is no speaker: a reason ("citing department rules") or a document. */
const CITED_THINGS: ReadonlySet<string> = new Set(['none', 'document']);

/**
 * "He recused himself in March, citing department rules": a clause's subject citing a reason
 * for what it did speaks on the record, as with ", saying"; citing people ("citing two
 * officials") only names the source.
 */
function reasonGiver(view: SentenceView, hit: CueHit, cited: Act): Act | null {
  if (view.tokens[hit.from]!.text !== 'citing' || view.tokens[hit.from - 1]?.text !== ',' || !CITED_THINGS.has(cited.speaker.cls)) return null;
  return verbAct(view, { ...hit, category: 'participle' });
}

/** "would neither confirm nor deny": not a denial. */
function insideNonDenial(view: SentenceView, hit: CueHit): boolean {
  return hit.category === 'denialVerb' && insideHit(view, 'nonDenial', hit.from, hit.to);
}

/**
 * A verb form used as a noun or infinitive: after a determiner or a possessive ("a state grant",
 * "Trump's claims"), a preposition ("on recall tests", "expected to say") or capitalised
 * mid-sentence ("United States").
 */
function isNounUse(view: SentenceView, i: number, category: CueCategory): boolean {
  const before = view.tokens[i - 1];
  // "Another said ...": an opening "one" or "another" stands alone for a person, and its verb is a verb.
  const standsAlone = i - 1 === view.from && (before?.text === 'one' || before?.text === 'another') && !isBareForm(view.tokens[i]!.text, category);
  if (before?.word && !standsAlone && !floatingBoth(view, i - 1) && (words.definite.has(before.text) || words.indefinite.has(before.text) || isPossessive(before))) return true;
  if (before?.text === "'" && view.tokens[i - 2]?.word) return true; // "Sessions' remarks"
  const leadIn = view.tokens[i - 2]?.text ?? '';
  // "appear to show", "was quick to deny", "went on to deny", "took to Twitter to deny", "refused to accept"
  const seems = before?.text === 'to' && (words.seemVerbs.has(leadIn) || continuesOn(view, i - 2) || words.promptAdjectives.has(leadIn) || refusedTo(view, i - 1, category, i + 1) || refusedAcceptance(view, i - 1) || platformLeadIn(view, i - 1) >= 0);
  const relative = before?.text === 'who' || before?.text === 'whom'; // "officials who described"
  if (before?.word && category !== 'participle' && words.prepositions.has(before.text) && !seems && !relative && !continuesOn(view, i - 1)) return true;
  if (before?.text === 'without') return true; // "shut down without warning", "left without saying a word": nothing said
  // "the government's first estimate", "its latest report": an ordering adjective after a determiner.
  const determiner = view.tokens[i - 2];
  if (before && words.orderAdjectives.has(before.text) && determiner && (isDeterminer(determiner.text) || marksPossession(determiner))) return true;
  if (before?.text === 'of' && category === 'participle') return true; // "a record of describing": a habit, not an act
  const token = view.tokens[i]!;
  // "a harder question": a bare verb form after "a" and one word is a noun (a verb would need "-s").
  const article = view.tokens[i - 2]?.text;
  if (isArticle(article ?? '') && before?.word && !before.cap && isBareForm(token.text, category)) return true;
  // "the hearing question": after "the" and a singular word, a bare form is a noun too; not after
  // a plural or a word for speakers ("the officials question", "the police deny").
  if (article === 'the' && before?.word && !before.cap && !before.plural && !before.poss && !before.ed && !namesSpeakers(before.text) && isBareForm(token.text, category)) return true;
  // "the 2016 presidential contest,": a bare verb form with nothing after it names a thing.
  const after = view.tokens[i + 1];
  // "The Post report quoted ...", "the New York Times report, published Friday, ...": after "the"
  // and a singular name (or a newspaper's), a bare form is a noun (a verb would need "-s").
  const singular = before?.cap && (!before.plural || words.outletNameWords.has(before.text));
  if (singular && isBareForm(token.text, category, SPEAKING) && namesTelling(view, i) && continues(after) && definiteName(view, i - 1)) return true;
  if ((category === 'denialVerb' || category === 'objectVerb') && !token.ed && !token.plural && (!after || !after.word) && before?.word && !before.cap) return true;
  if (!token.cap) return false;
  // "Mayor Says She Never Met Him", "Intercepts Show": in title case a finite form is still a verb
  // (a bare form only after a plural subject: "Can Tell Us" stays doubtful).
  const finite = token.ed || token.plural || words.irregularPast.has(token.text) || before?.plural === true;
  if (finite && isTitleCase(view)) return false;
  for (let k = view.from; k < i; k++) if (view.tokens[k]!.word) return true;
  return false;
}

/** "the", or "the same", "the latest": a definite article at token `k`, past one adjective. */
function definiteBefore(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  if (token?.text === 'the') return true;
  return token !== undefined && token.word && !token.cap && words.definite.has(view.tokens[k - 1]?.text ?? '') && !words.definite.has(token.text);
}

/** Categories of nouns for what is told. */
const TELLING_NOUNS: readonly CueCategory[] = ['reportNoun', 'speechNoun', 'claimObject'];

/** "report", "account", "claim": the word is also a noun for what is told ("the AG insist" has none). */
function namesTelling(view: SentenceView, i: number): boolean {
  return TELLING_NOUNS.some((category) => hitAt(view, category, i) !== undefined) || words.tellingNouns.has(view.tokens[i]!.text);
}

/** How many capitalised words a name before a noun may run to ("the Wall Street Journal"). */
const NAME_WORDS = 4;

/** "the Post", "the same Wall Street Journal": a capitalised name ending at token `k`, after a definite article. */
function definiteName(view: SentenceView, k: number): boolean {
  let j = k;
  while (j > k - NAME_WORDS && view.tokens[j]?.cap && !words.definite.has(view.tokens[j]!.text)) j--;
  return j < k && definiteBefore(view, j);
}

/** The sentence goes on after a noun: a lower-case word ("quoted", "led") or a comma before an aside. */
function continues(after: Token | undefined): boolean {
  return after !== undefined && ((after.word && !after.cap) || after.text === ',');
}

/** Verbs that deny, which read as nouns after an article ("a harder question"); and speech verbs ("the Post report"). */
const DENYING: ReadonlySet<CueCategory> = new Set(['denialVerb', 'objectVerb']);
const SPEAKING: ReadonlySet<CueCategory> = new Set(['speech']);

/** A verb of one of `categories` in its bare form ("question", "report"), which may read as a noun. */
function isBareForm(text: string, category: CueCategory, categories: ReadonlySet<CueCategory> = DENYING): boolean {
  return categories.has(category) && !/(?:ed|s|ing)$/.test(text) && !words.irregularPast.has(text);
}

/** The kinds of verb one word may be, the most telling first (see preferredVerb). */
const VERBS_BY_PREFERENCE: readonly CueCategory[] = ['denialVerb', 'objectVerb', 'speech', 'participle', 'docVerb'];

/**
 * When one word is several kinds of verb ("denied" is never just speech), the most telling wins,
 * unless a longer phrase reads it otherwise ("called on" is a demand, not "called it false").
 */
function preferredVerb(view: SentenceView, i: number): CueHit | undefined {
  let best: CueHit | undefined;
  for (const category of VERBS_BY_PREFERENCE) {
    const hit = hitAt(view, category, i);
    if (hit && (!best || hit.to > best.to)) best = hit;
  }
  return best;
}
