/**
 * Object verbs ("rejected", "called", "denounced"): whether one denies a claim (its object is a
 * claim, or it calls something false) or is at least said in public (a demand, an aside about an
 * interview, public criticism), and where its object ends.
 */
import { deniesOnlyWhenNegated } from './cue-table.js';
import { isTimeWord, words } from './lexicon.js';
import { hitAt, hitStartingIn, type CueHit, type SentenceView } from './sentence.js';
import { judgesReportWorthless, reportWithClaim } from './worthless-verdicts.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';
import { dismissesObject, rulesOnCase } from './dismissed-objects.js';

/** How far after an object verb its object may start ("rejected the latest reports"). */
const OBJECT_REACH = 8;
/** How long a claim's "that" clause may run before a verb's judgement of it. */
const CLAIM_CLAUSE = 12;

/** "called Friday evening for his resignation": "called for" with a time inside it, a demand. */
export function callsForLater(view: SentenceView, verb: CueHit): boolean {
  const { tokens } = view;
  if (!tokens[verb.from]!.text.startsWith('call')) return false;
  let k = verb.to;
  while (k < view.to && isTimeWord(tokens[k]!.text)) k++;
  return k > verb.to && tokens[k]?.text === 'for';
}

/** "Trump, speaking to the paper in an interview, called it unfair": an aside that makes the judgement speech. */
export function spokenAside(view: SentenceView, from: number, to: number): boolean {
  for (let k = Math.max(from, view.from); k < to; k++) if (words.speakingContexts.has(view.tokens[k]!.text)) return true;
  return false;
}

/** "denounced the leak", "decried the ruling": public criticism, said whatever its object. */
export function criticizes(view: SentenceView, verb: CueHit): boolean {
  return words.criticismVerbs.has(view.tokens[verb.from]!.text);
}

/** How far into a quantity question its modal or infinitive may stand ("how much weight anyone should give"). */
const QUANTITY_REACH = 6;

/**
 * "questioned why it leaked", "questions whether the count was right", "questioned how much weight
 * anyone should give it": an asking verb before an open question voices that doubt in public. A
 * question of fact ("questioned when the victim was last seen", "how many suspects were involved")
 * is what an inquiry asks to find out: a quantity voices doubt only as a question of what to do,
 * with a modal or "to" ("how much the city could afford", "how much weight to give").
 */
export function asksOpenQuestion(view: SentenceView, verb: CueHit): boolean {
  const { tokens } = view;
  if (!words.askingVerbs.has(tokens[verb.from]!.text) || !words.questionOpeners.has(tokens[verb.to]?.text ?? '')) return false;
  if (tokens[verb.to]!.text !== 'how' || !words.quantityWords.has(tokens[verb.to + 1]?.text ?? '')) return true;
  for (let k = verb.to + 2; k < view.to && k - verb.to <= QUANTITY_REACH; k++) {
    if (words.neverModals.has(tokens[k]!.text) || tokens[k]!.text === 'to') return true;
  }
  return false;
}

/** Verbs that name their object with a judgement ("called the plan ..."), by how they start. */
const NAMING_VERBS = ['call', 'brand', 'label', 'dub', 'refer'];
/** How many words the object of a naming verb may hold before the quoted judgement. */
const NAMED_OBJECT = 5;

/**
 * "called the recusal "very unfair"", "branded the talks "substantive"": a judgement quoted in
 * the speaker's own words is something said; "a firm called "Acme"" (no object) only names.
 */
export function quotesJudgement(view: SentenceView, verb: CueHit): boolean {
  const { tokens } = view;
  const text = tokens[verb.from]!.text;
  if (!NAMING_VERBS.some((stem) => text.startsWith(stem))) return false;
  let k = verb.to;
  while (k < view.to && k - verb.to < NAMED_OBJECT && tokens[k]!.word && !tokens[k]!.quoted) k++;
  if (k === verb.to || k >= view.to) return false;
  // The quotation mark itself, or the first quoted word.
  return tokens[k]!.quoted || (!tokens[k]!.word && /^["“]$/.test(tokens[k]!.text) && tokens[k + 1]?.quoted === true);
}

/** An object verb denies only when its object is a claim ("rejected the reports") or it calls something false. */
export function deniesSomething(view: SentenceView, verb: CueHit): boolean {
  if (rulesOnCase(view, verb)) return false;
  // "called the suggestion that he had colluded with Moscow a lie": the judgement follows the claim's clause;
  // "called the allegations of collusion between his campaign and Moscow a witch hunt": so it does a report's "of".
  const claim = hitStartingIn(view, 'claimObject', verb.to, verb.to + 2);
  const clause = claim && (view.tokens[claim.to]?.text === 'that' || reportWithClaim(view, verb.to, verb.to + 2)) ? CLAIM_CLAUSE : 0;
  const last = objectEnd(view, verb.to, verb.to + OBJECT_REACH + clause - 1);
  if (judgedDisputed(view, verb.to, last) || hitStartingIn(view, 'disputeWord', verb.to, last)) return true;
  if (verb.phrase.data.needsDispute === true) return judgesReportWorthless(view, verb, last);
  // "denounced the report as a leak" attacks the story, "denounced the allegations" denies them; ridicule
  // or dismissal of a report denies it ("ridiculed the media reports"). A dismissal also denies an inquiry,
  // a leak or talk of something ("dismissed talk of collusion"), where naming one ("challenged the probe",
  // "mocked the probe") disputes nothing.
  const nounOnly = deniesOnlyWhenNegated(verb);
  const { dismisses, ridicules } = verb.phrase.data;
  for (let k = verb.to; k <= last; k++) {
    if (nounOnly && onlyPoints(view.tokens[k]?.text ?? '')) continue;
    if (hitAt(view, 'claimObject', k) && !(criticizes(view, verb) && !dismisses && !ridicules && hitAt(view, 'reportNoun', k))) return true;
  }
  return dismisses === true && dismissesObject(view, verb, last);
}

/**
 * "called the claim false", "called that "speculation"", "called it a rumor": a dispute complement
 * after the object judges it; right after the verb or after "the", "this" or a possessive it is
 * the object itself ("called the speculation reasonable", "labelled speculation about a merger
 * healthy"). "That" alone is the object pointed at ("called that speculation").
 */
function judgedDisputed(view: SentenceView, from: number, last: number): boolean {
  for (const hit of view.hits) {
    if (hit.category === 'disputeComplement' && hit.from > from && hit.from <= last && !opensObject(view.tokens[hit.from - 1]!.text)) return true;
  }
  return false;
}

/**
 * "the", "this" or a possessive: a word that opens the object itself ("called the speculation
 * reasonable").
 */
function opensObject(text: string): boolean {
  return (words.definite.has(text) && text !== 'that') || words.possessive.has(text);
}

/**
 * "did not accept it", "would not accept this proposal", "refused to accept that her son was
 * dead": a pronoun or a determiner may stand for an offer or open a clause as well as point at a
 * claim, so a verb of acceptance denies only a claim its noun names ("that characterization").
 */
function onlyPoints(text: string): boolean {
  return words.pronouns.has(text) || words.definite.has(text) || text === 'such';
}

/** Words that open a new clause after an object ("after the story ran"). */
const CLAUSE_OPENERS = new Set(['after', 'when', 'while', 'because', 'since', 'before', 'although', 'though', 'whereas', 'if']);
/** How near "as" a verb of saying makes it a clause ("as a report says"), not a judgement ("as a smear"). */
const AS_CLAUSE = 3;

/**
 * Where an object verb's object may end, at most `last`: before a new clause, so that "slams the
 * leak as a report says" does not read "report" as what is slammed, and before an aside on it
 * (", which critics called a farce,", ", first reported by a blog,"), whose words are not the speaker's.
 */
function objectEnd(view: SentenceView, from: number, last: number): number {
  for (let k = from + 1; k <= last && k < view.to; k++) {
    const text = view.tokens[k]!.text;
    const asClause = text === 'as' && hitStartingIn(view, 'speech', k + 1, k + AS_CLAUSE) !== undefined;
    const opens = CLAUSE_OPENERS.has(text) && view.tokens[k - 1]!.text !== ','; // ", after a pause," is an aside
    if (text === ';' || opens || asClause || opensAside(view, k)) return k - 1;
  }
  return last;
}

/** ", which ...", ", first reported by ...": a comma opening a relative clause or a participle on what comes before. */
function opensAside(view: SentenceView, k: number): boolean {
  if (view.tokens[k]!.text !== ',') return false;
  let next = k + 1;
  if (view.tokens[next]?.ly || view.tokens[next]?.text === 'first') next++;
  const token = view.tokens[next];
  return token !== undefined && next < view.to && (RELATIVE_PRONOUNS.has(token.text) || (token.ed && !token.cap) || words.pastParticiples.has(token.text));
}
