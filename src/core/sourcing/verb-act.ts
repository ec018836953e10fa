/**
 * The act of a verb of saying, denying or documenting: its subject, its hedges, a negation that
 * voids it ("did not respond"), a passive that names the speaker after "by", and when an object
 * verb ("rejected", "called") denies a claim rather than just naming a thing.
 */
import { words } from './lexicon.js';
import { isNegator } from './tokens.js';
import { hitAt, hitOfAnyAt, type CueHit, type SentenceView } from './sentence.js';
import { deniesOnlyWhenNegated, type CueCategory } from './cue-table.js';
import { classify } from './speaker.js';
import { isSkippable, phraseEndingAfter } from './speaker-phrases.js';
import { afterNoun, agentBy, continuesOn, isIngForm, isPastForm, onlySends, PASSIVE_AGENTS, platformLeadIn } from './verb-frames.js';
import { asksOpenQuestion, callsForLater, criticizes, deniesSomething, quotesJudgement, spokenAside } from './object-verbs.js';
import { subjectAfterClaim, subjectBefore } from './act-subjects.js';
import { beforeAside, beforeDesignation } from './speaker-asides.js';
import { baseAct, finishAct, type Act, type ActKind } from './speech-act.js';
import { refusedAcceptance, refusedTo, withheldAnswer } from './refusals.js';
import { onlyPossible, stillToComeAfter } from './unreal-acts.js';
import { BE_FORMS } from './auxiliaries.js';
import { paperVerbHere, writtenPaperAt } from './paper-verbs.js';
import { onlyNamesWhatWasSaid } from './free-relatives.js';

/** Reflexive objects: "found itself at odds" is no finding. */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

/** The act of `verb`, or null when it is negated, its subject is no speaker, or an object verb denies nothing. */
export function verbAct(view: SentenceView, verb: CueHit): Act | null {
  const { tokens } = view;
  let i = verb.from - 1;
  let hedged = false;
  let negated = false;
  let onPlatform = false;
  // "has never accepted the finding": a verb of acceptance denies only when negated or refused.
  const deniesOnlyNegated = deniesOnlyWhenNegated(verb);
  // "finds himself answering", "found itself at odds": a reflexive object makes it no finding.
  if (verb.category === 'docVerb' && REFLEXIVES.has(tokens[verb.to]?.text ?? '')) return null;
  while (i >= view.from) {
    const token = tokens[i]!;
    // "Critics can argue", "officials may ask for it": what someone is able or allowed to say, not what was said.
    if (onlyPossible(view, i, verb)) return null;
    const aside = beforeDesignation(view, beforeAside(view, i));
    if (aside < i) {
      i = aside; // "The filing, however, says"
      continue;
    }
    const leadIn = token.text === 'to' ? platformLeadIn(view, i) : -1;
    // "didn't accept", "cannot accept": a contracted negation negates as "did not" does.
    const contracted = token.nt || token.text === 'cannot';
    const refused = token.text === 'to' && refusedAcceptance(view, i);
    if (refused) i = beforeRefusing(view, i - 1); // "refused to accept", "has been refusing to accept"
    else if (token.text === 'to' && (words.seemVerbs.has(tokens[i - 1]?.text ?? '') || refusedTo(view, i, verb.category, verb.to))) i--; // "appear to show", "declined to say whether"
    else if (token.text === 'to' && continuesOn(view, i - 1)) i -= 2; // "went on to deny"
    else if (token.text === 'to' && words.promptAdjectives.has(tokens[i - 1]?.text ?? '') && BE_FORMS.has(tokens[i - 2]?.text ?? '')) i -= 2; // "was quick to deny"
    else if (leadIn >= 0) {
      i = leadIn; // "took to Twitter to deny"
      onPlatform = true;
    }
    else if (!isSkippable(token) && !contracted && !floatingBoth(view, i) && !(words.passiveMarkers.has(token.text) && isProgressive(view, verb))) break; // "is reporting"
    if (words.hedges.has(token.text)) hedged = true;
    if (refused || contracted || (isNegator(token) && !(token.text === 'not' && withheldAnswer(view, i, verb)))) negated = true;
    i--;
  }
  // "The complaint does not name her": a paper that leaves something out is still the source of that absence.
  // Only with an object: "the paper does not say, ..." leaves nothing out, and "the audit did not say whether ..." only leaves a question open.
  // The document verb is looked up at the verb's place, not read from its category: "mention" reads first as speech (acts.ts).
  const after = tokens[verb.to];
  const silentPaper = negated && !deniesOnlyNegated && hitAt(view, 'docVerb', verb.from) !== undefined && after?.word === true && !words.openQuestions.has(after.text);
  if (negated !== deniesOnlyNegated && !silentPaper) return null; // "did not respond", "would not say": nothing was said; "accepted the offer": nothing denied
  const by = agentBy(view, verb);
  // "authorized by a judge", "directed by Greta Gerwig": who did what a paper does, not who said anything.
  const paperAct = verb.phrase.data.verb?.paperAct === true;
  if (i >= view.from && words.passiveMarkers.has(tokens[i]!.text) && !isProgressive(view, verb)) {
    // "was first reported last year by the Post"; "the finding was never accepted" names nobody who refused it.
    if (by < 0 || deniesOnlyNegated || paperAct || silentPaper) return null;
    return finishAct(view, verb, baseAct('speech', verb, classify(view, by + 1, phraseEndingAfter(view, by + 1)), view), hedged);
  }
  // "The closure, announced by the company on Friday, ...": a participle after its noun, its speaker after "by".
  const agent = by >= 0 && !paperAct && afterNoun(view, i) && isPastForm(tokens[verb.from]!) ? classify(view, by + 1, phraseEndingAfter(view, by + 1)) : null;
  if (agent && PASSIVE_AGENTS.has(agent.cls) && !deniesOnlyNegated && !silentPaper) {
    const act = finishAct(view, verb, baseAct('speech', verb, agent, view), hedged);
    act.hasContent = true; // what was said is the noun it follows
    return act;
  }
  const writtenOnly = verb.phrase.data.verb?.writtenOnly === true; // "the memo names", not "the chain names"
  if (writtenOnly && !paperVerbHere(view, verb)) return null;
  // "a charge the firm rejected": the claim comes first and the subject after it.
  const claimFirst = verb.category === 'objectVerb' ? subjectAfterClaim(view, i) : -1;
  const subject = claimFirst >= 0 ? { speaker: classify(view, claimFirst, i), from: claimFirst } : subjectBefore(view, i, verb);
  if (!subject || subject.speaker.cls === 'none' || (silentPaper && subject.speaker.cls !== 'document') || (writtenOnly && !writtenPaperAt(view, subject.speaker.from, subject.speaker.to))) return null;
  // "whether the mayor tweets again", "unless a judge asks for it": not said, only supposed; "neither he nor she said": not said.
  // "when the inquiry concludes", "until the court rules": a time to come.
  const opener = subject.from > view.from ? tokens[subject.from - 1]!.text : '';
  if (words.suppositions.has(opener) || opener === 'nor' || stillToComeAfter(view, opener, verb)) return null;
  // "What the intercepts can show": names what the intercepts hold without giving it, as "what she said" does.
  if ((verb.category === 'speech' || subject.speaker.cls === 'intercept') && onlyNamesWhatWasSaid(view, Math.min(subject.from < 0 ? subject.speaker.from : subject.from, subject.speaker.from), verb.to)) return null;
  if (verb.phrase.data.verb?.needsOrder && onlySends(view, verb)) return null; // "the budget directs $2 million to schools"
  let kind: ActKind = verb.category === 'denialVerb' ? 'denial' : verb.category === 'docVerb' ? 'document' : 'speech';
  if (verb.category === 'objectVerb') {
    if (claimFirst >= 0 || deniesSomething(view, verb)) kind = 'denial';
    else if (deniesOnlyNegated) return null; // "never accepted the award": no claim refused
    else if (!onPlatform && !objectSaysSomething(view, verb, subject.from)) return null;
  }
  const act = finishAct(view, verb, baseAct(kind, verb, subject.speaker, view), hedged);
  if (subject.from >= 0) act.subject = { from: Math.min(subject.from, subject.speaker.from), to: verb.from - 1 };
  else if (subject.speaker.from > verb.from) act.subject = describedAfter(view, subject.speaker.to);
  return act;
}

/** What opens a description of a speaker named after the verb: a noun phrase or a relative clause. */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'who']);
/** Where it ends: a clause break, or what a relative's own verb says ("who insisted that ..."). */
const DESCRIPTION_ENDS = new Set([',', ';', 'that']);
/** A relative's own verb of saying, denying or documenting: what it says is no description ("who told senators he ..."). */
const OWN_VERBS: readonly CueCategory[] = ['speech', 'denialVerb', 'docVerb'];

/**
 * '"...," said Ruiz, a chemist who was not involved in the study.': how the speaker after the verb
 * (ending at token `last`) is described, up to the next comma; the reporter's words, not hers.
 */
function describedAfter(view: SentenceView, last: number): Act['subject'] {
  const { tokens } = view;
  if (tokens[last + 1]?.text !== ',' || !DESCRIPTION_OPENERS.has(tokens[last + 2]?.text ?? '')) return undefined;
  let end = last + 2;
  while (end + 1 < view.to && !DESCRIPTION_ENDS.has(tokens[end + 1]!.text) && !tokens[end + 1]!.quote && !opensOwnVerb(view, end + 1)) end++;
  return { from: last + 1, to: end };
}

function opensOwnVerb(view: SentenceView, i: number): boolean {
  return hitOfAnyAt(view, OWN_VERBS, i) !== undefined;
}

/** The first token of the refusal verb at `refusal` with the copulas of its progressive ("is refusing", "has been refusing"), so the walk reads on to its subject. */
function beforeRefusing(view: SentenceView, refusal: number): number {
  let k = refusal;
  if (isIngForm(view.tokens[refusal]!.text)) while (k > view.from && BE_FORMS.has(view.tokens[k - 1]!.text)) k--;
  return k;
}

/** "Sessions and Kislyak both declined": "both" at `i` floats after its subject (not ", both later confirmed", where it is the subject). */
export function floatingBoth(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  return view.tokens[i]?.text === 'both' && before?.word === true && !words.prepositions.has(before.text) && !words.breakers.has(before.text);
}

/** "is reporting", "is pushing back": a verb in -ing after "is" is progressive, not passive. */
export function isProgressive(view: SentenceView, verb: CueHit): boolean {
  return isIngForm(view.tokens[verb.from]!.text);
}

/**
 * Whether an object verb that denies nothing still says something in public: a said object
 * ("that", "whether" or a quotation right after it, objectContent), a demand, an aside about an interview, public
 * criticism, a quoted judgement or a doubt voiced as a question.
 */
function objectSaysSomething(view: SentenceView, verb: CueHit, subjectFrom: number): boolean {
  return words.objectContent.has(view.tokens[verb.to]?.text ?? '') || callsForLater(view, verb) || spokenAside(view, subjectFrom, verb.from) || criticizes(view, verb) || quotesJudgement(view, verb) || asksOpenQuestion(view, verb);
}
