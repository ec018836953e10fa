/**
 * Crediting as citing: "credited its account to two officials" names a source, "credited the win
 * to his defence" praises; and what a source supplies ("accounts", "information", "its report"),
 * which source-acts.ts also asks.
 */
import { words } from './lexicon.js';
import { hitWithin, type CueHit, type SentenceView } from './sentence.js';
import { classify, type Speaker } from './speaker.js';
import { isSkippable, phraseEndingAfter } from './speaker-phrases.js';
import { citingOutlet } from './act-recipients.js';

/** Forms of "credit" that may cite, with the source after "to" ("credited its story to two aides"). */
const CREDIT_FORMS = new Set(['credited', 'credits', 'crediting']);
/** How far after "credited" its object may run before "to" or "for" ("credited the details of its account to"). */
const CREDIT_OBJECT_REACH = 8;
/** How far before "credited" what it credits may stand ("a detail the Post credited to", "the remark was credited to"). */
const CREDITED_REACH = 4;
/** Sources a credit may name: people, groups and the press, not a cause ("to cost cutting", "to a long career at sea"). */
const CREDITED_SOURCES = new Set(['named', 'anonymous', 'outlet', 'wire', 'pronoun']);

export function isCreditVerb(text: string): boolean {
  return CREDIT_FORMS.has(text);
}

/**
 * "credited its account to two officials", "credited aides for the information", "a detail the
 * Post credited to an aide", "the remark was credited to an aide": crediting names a source for
 * what a source supplies, and only a person, a group or an outlet. "credited the win to his
 * defence", "credited the report of strong earnings to cost cutting" and "credited him with a fine
 * record" praise or explain. "crediting the Gazette" after a report only cites the paper.
 */
export function creditsInformation(view: SentenceView, hit: CueHit): boolean {
  const verb = view.tokens[hit.from]!.text;
  if (!CREDIT_FORMS.has(verb) || verb === 'crediting') return true;
  for (let k = hit.to; k < view.to && k - hit.to < CREDIT_OBJECT_REACH; k++) {
    const token = view.tokens[k]!;
    if (!token.word || token.text === 'with') return false;
    if (token.text === 'to') {
      const supplied = k === hit.to ? suppliedBefore(view, hit.from) : ownInformation(view, hit, k - 1);
      const source = classify(view, k + 1, phraseEndingAfter(view, k + 1));
      return supplied && CREDITED_SOURCES.has(source.cls) && !guessedPeople(view, source);
    }
    // "credited two officials for the information": the people credited supplied it.
    if (token.text === 'for') return words.informationNouns.has(view.tokens[phraseEndingAfter(view, k + 1)]?.text ?? '');
  }
  return false;
}

/**
 * The object of "credited ... to" ending at `last` is information ("the information about the
 * leak", "the details") or the subject's own report ("its story", "their account"); "the report of
 * strong earnings" or "his father's stories" are things to explain. An account is an outlet's
 * only when an outlet credits it ("The company credited its account to the wrong customer").
 */
function ownInformation(view: SentenceView, hit: CueHit, last: number): boolean {
  const { tokens } = view;
  let head = last;
  for (let k = hit.to + 1; k <= last; k++) {
    if (words.prepositions.has(tokens[k]!.text)) {
      head = k - 1;
      break;
    }
  }
  const text = tokens[head]!.text;
  if (!namesReporting(view, head)) return false;
  if (words.mediaAccountNouns.has(text)) return ownedBySubject(view, hit, head) && citingOutlet(view, hit) !== null;
  return words.informationNouns.has(text) || ownedBySubject(view, hit, head);
}

/** "its story", "their own account": the object at `head` is the subject's own. */
function ownedBySubject(view: SentenceView, hit: CueHit, head: number): boolean {
  const owner = view.tokens[head - 1]?.text === 'own' ? head - 2 : head - 1;
  return owner === hit.to && (view.tokens[owner]!.text === 'its' || view.tokens[owner]!.text === 'their');
}

/** "the remark was credited to", "a detail the Post credited to": what is credited, shortly before the verb, is what a source supplies. */
function suppliedBefore(view: SentenceView, verb: number): boolean {
  for (let k = verb - 1; k >= view.from && verb - k <= CREDITED_REACH; k--) {
    const token = view.tokens[k]!;
    if (!token.word && token.text !== ',') return false;
    if (token.word && !isSkippable(token) && namesReporting(view, k)) return true;
  }
  return false;
}

/** Whether token `k` names what a source supplies ("accounts", "information", "statements"; a "line" is a party's position only). */
export function suppliedBy(view: SentenceView, k: number): boolean {
  const text = view.tokens[k]!.text;
  if (words.positionOnlyNouns.has(text)) return false;
  return words.informationNouns.has(text) || words.tellingNouns.has(text) || hitWithin(view, 'speechNoun', k, k) !== undefined || hitWithin(view, 'statementNoun', k, k) !== undefined;
}

/** Whether token `k` names what a source supplies or the report built on it ("its account", "its story"). */
export function namesReporting(view: SentenceView, k: number): boolean {
  return suppliedBy(view, k) || hitWithin(view, 'reportNoun', k, k) !== undefined;
}

/**
 * "a third-party vendor", "a server in Virginia", "his team's diligence": people only by the shape
 * of a head word the lexicon does not know (an agent noun, an owner), with no marker of an
 * unnamed source ("two unnamed aides") and no capital.
 */
export function guessedPeople(view: SentenceView, source: Speaker): boolean {
  if ((source.cls !== 'anonymous' && source.cls !== 'named') || hitWithin(view, 'anonMarker', source.from, source.to)) return false;
  let head = source.to;
  for (let k = source.from + 1; k <= source.to; k++) {
    if (!words.prepositions.has(view.tokens[k]!.text)) continue;
    head = k - 1;
    break;
  }
  return view.tokens[head]!.text === '' && !view.tokens[head]!.cap;
}
