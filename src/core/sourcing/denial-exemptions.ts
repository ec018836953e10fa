/**
 * Denial words used in ways that deny nothing: a dispute word naming a kind of statement in
 * general ("a knowingly false statement"), a negation giving a reason ("because the form did not
 * ask"), an omission owned up to ("she had not disclosed the loan"), and a search's result
 * ("investigators found no sign of tampering"), and a proposition talked about ("the idea that
 * there was nothing improper").
 */
import { words } from './lexicon.js';
import { hitStartingIn, type SentenceView } from './sentence.js';
import { BE_FORMS } from './auxiliaries.js';
import { isArticle, isPossessive } from './speaker-phrases.js';

/** Words that end a noun phrase's run of modifiers rather than naming its noun. */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'to', 'that', 'as', 'because', 'if', 'when', 'than', 'now', 'yet']);
const AND_OR = new Set([',', 'and', 'or']);
/** Pronouns whose "'s" is "is" ("it's", "that's"): the tokenizer drops it and marks them possessive. */
const COPULA_PRONOUNS = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'he', 'she']);
/** Subjects that point at a given thing ("they are a fabrication"). */
const GIVEN_PRONOUNS = new Set(['they', 'these', 'those', 'which']);
/** Verbs that give a name to what they take ("called it a false report"). */
const NAMING_VERBS = new Set(['called', 'calls', 'calling', 'labeled', 'labelled', 'branded', 'termed', 'dubbed']);
/** How far back from a statement's subject or verb a condition, a modal or "to" may make it supposed. */
const SUPPOSED_REACH = 6;

/** "is", "it's", "that's": a copula ends at token `k`. */
function isCopula(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  return !!token && k >= view.from && (BE_FORMS.has(token.text) || (token.poss && COPULA_PRONOUNS.has(token.text)));
}

/** How far before a copula the determiner of its subject may stand ("the Herald's report is"). */
const SUBJECT_REACH = 3;

/**
 * "it's a ...", "this is a ...", "the report was a ...": a copula at `k` saying what a given
 * thing is; "perjury is a knowingly false statement" defines a kind.
 */
function givenSubject(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (!isCopula(view, k)) return false;
  if (!BE_FORMS.has(tokens[k]!.text)) return true;
  for (let j = k - 1; j >= view.from && k - j <= SUBJECT_REACH; j--) {
    const token = tokens[j]!;
    if (COPULA_PRONOUNS.has(token.text) || GIVEN_PRONOUNS.has(token.text) || isPossessive(token)) return true;
    if (words.definite.has(token.text)) return true;
  }
  return false;
}

/**
 * "unless a statement", "must prove a statement", "if the chief had given", "to give": what
 * stands at `k` is supposed or required, not a given statement that happened.
 */
function supposed(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= view.from && k - j <= SUPPOSED_REACH; j--) {
    const token = view.tokens[j]!;
    if (!token.word) return false;
    if (words.suppositions.has(token.text) || words.neverModals.has(token.text) || token.text === 'to') return true;
  }
  return false;
}

/**
 * "a knowingly false statement", "false or misleading answers" (after "if"), "unless a statement
 * was false", "not the same as false": the word names a kind of statement in general (the law's
 * terms), not a dispute of a given claim ("the report is false", "it's a false story", "made
 * false statements to Congress").
 */
export function describesKind(view: SentenceView, hit: { from: number; to: number }): boolean {
  const { tokens } = view;
  if (hit.to - hit.from !== 1 || !words.describingAdjectives.has(tokens[hit.from]!.text)) return false;
  const before = tokens[hit.from - 1]?.text ?? '';
  if (before === 'as') return words.likenessWords.has(tokens[hit.from - 2]?.text ?? '');
  if (BE_FORMS.has(before)) {
    // "any statement was false" is any statement; "a report was false" a given one, unless supposed.
    for (let k = hit.from - 3; k >= view.from && k >= hit.from - 4; k--) {
      const text = tokens[k]!.text;
      if (words.kindDeterminers.has(text)) return true;
      if (isArticle(text)) return supposed(view, k);
    }
    return false;
  }
  // Attributive: past "or misleading", ", fictitious" to the noun it describes.
  let k = hit.to;
  while ((tokens[k]?.text === 'or' || tokens[k]?.text === 'and' || tokens[k]?.text === ',') && words.describingAdjectives.has(tokens[k + 1]?.text ?? '')) k += 2;
  const noun = tokens[k];
  if (k >= view.to || !noun!.word || noun!.cap || noun!.ly || NOT_NOUNS.has(noun!.text) || words.prepositions.has(noun!.text)) return false;
  // Back past "knowingly", "false or" to what stands before the phrase.
  let d = hit.from - 1;
  while (d >= view.from && (tokens[d]!.ly || AND_OR.has(tokens[d]!.text) || words.describingAdjectives.has(tokens[d]!.text))) d--;
  const determiner = tokens[d];
  if (d < view.from || !determiner) return true;
  // "these false claims", "the paper's false story": a given claim.
  if (determiner.poss || words.definite.has(determiner.text) || words.possessive.has(determiner.text) || determiner.text === 'such') return false;
  if (words.kindDeterminers.has(determiner.text)) return true;
  // "it's a false narrative", "called it a false report": said of a given claim.
  if (isArticle(determiner.text)) return !givenSubject(view, d - 1) && !NAMING_VERBS.has(tokens[d - 2]?.text ?? '');
  // "contained false information", "made false statements": given ones, unless only supposed.
  return supposed(view, d + 1);
}

/** How far back from a negation the word opening its reason may stand ("because the question did not"). */
const REASON_REACH = 6;

/**
 * "because the question did not ask about them": a negation giving a reason for what the speaker
 * did explains, it does not deny. "That is because ..." and a sentence or quotation opening with
 * "Because" give the speaker's own account as the point, which still denies.
 */
export function givesReason(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= view.from && i - k <= REASON_REACH; k--) {
    const text = tokens[k]!.text;
    if (words.reasonOpeners.has(text)) {
      let before = k - 1;
      while (before >= view.from && tokens[before]!.ly) before--; // "is partly because"
      return before >= view.from && tokens[before]!.quote !== 'open' && !isCopula(view, before);
    }
    if (text === ',' || text === ';' || text === 'that') return false;
  }
  return false;
}

/** Verbs by which a speaker owns up ("acknowledged he never mentioned it"). */
const ADMISSIONS = new Set(['acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'conceding', 'acknowledging', 'admitting']);
/** Where something is left out of the record: "in his answer", "on the form", "to Congress". */
const RECORD_PLACES = new Set(['answer', 'answers', 'testimony', 'form', 'forms', 'filing', 'filings', 'questionnaire', 'application', 'hearing', 'disclosure', 'disclosures', 'congress', 'committee', 'senators', 'lawmakers', 'investigators']);
/** How far after the omission verb the place it was left out of may stand. */
const RECORD_REACH = 7;

/**
 * "had not mentioned the meetings", "never disclosed them in his answers": an omission (verb at
 * `verb`, negated at `at`) owned up to, which denies nothing. "Never mentioned the campaign to
 * the ambassador" denies it came up between them; passive ("was never mentioned") denies too.
 */
export function ownsUpOmission(view: SentenceView, at: number, verb: number): boolean {
  const { tokens } = view;
  const auxiliary = tokens[at]!.nt ? tokens[at]!.text : tokens[at - 1]?.text ?? '';
  if (!words.omissionVerbs.has(tokens[verb]!.text) || BE_FORMS.has(auxiliary) || BE_FORMS.has(tokens[verb - 1]!.text)) return false;
  if (tokens[at]!.text !== 'never') return true;
  for (let k = view.from; k < at; k++) if (ADMISSIONS.has(tokens[k]!.text)) return true;
  for (let k = verb + 1; k < view.to && k - verb <= RECORD_REACH; k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
    if (RECORD_PLACES.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** How far after "for" the claim a search looked for support of may stand ("for the paper's account"). */
const CLAIM_REACH = 3;

/**
 * "found no evidence of tampering", "finds no sign that the file was altered": the negation at `i`
 * reports what a search turned up, which disputes nobody. "found no truth to the report", "no
 * merit", "no wrongdoing" judge, and "found no evidence to support the allegations" or "for the
 * story" weighs a claim: those still deny.
 */
export function reportsSearch(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  if (tokens[i]!.text !== 'no' || !words.searchVerbs.has(tokens[i - 1]?.text ?? '') || !words.searchNouns.has(tokens[i + 1]?.text ?? '')) return false;
  const after = tokens[i + 2]?.text;
  if (after === 'to' && words.supportVerbs.has(tokens[i + 3]?.text ?? '')) return false;
  return !((after === 'for' || after === 'behind') && hitStartingIn(view, 'claimObject', i + 3, i + 2 + CLAIM_REACH));
}

/** How far back from a denial word the "that" opening a proposition may stand ("the idea that there had been nothing"). */
const PROPOSITION_REACH = 8;

/**
 * "the idea that there was nothing improper strained belief", "the claim that he did not meet
 * them": a denial inside a proposition named by a noun is talked about, nobody asserts it here;
 * one with an owner ("her claim that ...") is still the owner's.
 */
export function insideProposition(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k > view.from && i - k <= PROPOSITION_REACH; k--) {
    const text = tokens[k]!.text;
    if (text === ',' || text === ';' || text === ':' || tokens[k]!.quote !== undefined) return false;
    if (text === 'that') return words.propositionNouns.has(tokens[k - 1]!.text) && !ownedProposition(view, k - 1);
  }
  return false;
}

/** How many modifiers may stand between an owner and the proposition noun ("her oft-repeated assertion"). */
const OWNER_REACH = 3;

/** "Mayor Ruiz's assertion that she hadn't met him": an owner's proposition is that owner's denial. */
function ownedProposition(view: SentenceView, noun: number): boolean {
  for (let k = noun - 1; k >= view.from && noun - k <= OWNER_REACH; k--) {
    const token = view.tokens[k]!;
    // "Sessions' assertion": a plural or s-final owner keeps its apostrophe as a token of its own.
    if (isPossessive(token) || (token.text === "'" && view.tokens[k - 1]?.word)) return true;
    if (!token.word || words.definite.has(token.text) || words.indefinite.has(token.text)) return false;
  }
  return false;
}
