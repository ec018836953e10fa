/**
 * "What she said", "what the intercepts can show": a free relative names what was said or held
 * without giving it, unless a copula before it ("That is what she said"), a colon after it or a
 * cleft ("What she said was that ...", "What the wiretaps caught was the consul asking ...")
 * gives it. Used by verb-act.ts (verbs of saying) and intercept-mentions.ts (intercept subjects).
 */
import { words } from './lexicon.js';
import type { Token } from './tokens.js';
import type { SentenceView } from './sentence.js';
import { isPastForm } from './verb-frames.js';
import { BE_FORMS } from './auxiliaries.js';
import { isDeterminer } from './speaker-phrases.js';

/** Words that open a free relative ("what she said"): the saying is talked about, its content not given. */
export const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever']);
/** Coordinated subjects a free relative may hold ("what the mayor, the police and the council said"). */
const COORDINATED_SUBJECT = 12;
/** How far after the verb a colon may give what was said ("what he told the panel in May: ..."). */
const COLON_REACH = 16;
/** How long an aside set off by commas may be between the relative and its cleft's copula ("What the intercepts show, according to officials, is"). */
const ASIDE_REACH = 6;

/** A token of the subjects listed after "what" ("the mayor, the council and the police"). */
function inCoordinatedSubject(token: Token): boolean {
  if (token.quoted || FREE_RELATIVES.has(token.text)) return false;
  if (!token.word) return token.text === ',' || token.text === "'";
  return token.text === 'and' || !words.breakers.has(token.text);
}

/** "That is (exactly) what she said": what precedes the copula is what she said. */
const COPULA_BEFORE_WHAT = new Set(['is', 'was', 'are', 'were', 'exactly', 'precisely', 'just']);

/**
 * "because of what Sessions had said under oath", "What the mayor and the council have said
 * about the deal": the sentence talks about what was said without saying it; "That is what
 * she said" (after a copula) still attributes "that" to her, "recall what he said: ..." gives
 * it after the colon, and a cleft after the relative gives it too. `subject`: where the subject
 * starts; `verbEnd`: the token after the relative's verb.
 */
export function onlyNamesWhatWasSaid(view: SentenceView, subject: number, verbEnd: number): boolean {
  const { tokens } = view;
  let k = subject - 1;
  while (k >= view.from && subject - k <= COORDINATED_SUBJECT && inCoordinatedSubject(tokens[k]!)) k--;
  if (k < view.from || !FREE_RELATIVES.has(tokens[k]!.text)) return false;
  const last = Math.min(view.to, verbEnd + COLON_REACH);
  for (let c = verbEnd; c < last; c++) if (tokens[c]!.text === ':' && !tokens[c]!.quoted) return false;
  if (cleftGivesIt(view, verbEnd)) return false;
  return !COPULA_BEFORE_WHAT.has(tokens[k - 1]?.text ?? '') && !tokens[k - 1]?.poss; // "That's what she said"
}

/**
 * "What the intercepts show is that the consul lied", "What they heard, officials said, was the
 * consul asking for cash": the relative ending before token `at` is the subject of a copula whose
 * complement is a clause after "that" or a noun phrase, which gives what was said or held. Not
 * "that" meaning "so" ("was that simple", "was that kind of thing") nor an adjective ("was brief").
 */
function cleftGivesIt(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  let copula = at;
  if (tokens[at]?.text === ',') {
    copula = at + 1;
    while (copula < view.to && copula - at <= ASIDE_REACH && tokens[copula]!.text !== ',') copula++;
    if (tokens[copula]?.text !== ',') return false;
    copula++;
  }
  if (!BE_FORMS.has(tokens[copula]?.text ?? '')) return false;
  if (tokens[copula + 1]?.text === 'that') return opensClause(view, copula + 2);
  return opensNounPhrase(tokens[copula + 1]);
}

/** A determiner or a capitalised name: what begins a noun phrase, or the subject of a clause. */
function opensNounPhrase(token: Token | undefined): boolean {
  if (!token?.word) return false;
  return token.cap || isDeterminer(token.text);
}

/** Token `i` can start a clause (a pronoun, a determiner, a name) and a finite verb follows before the sentence ends. */
function opensClause(view: SentenceView, i: number): boolean {
  const first = view.tokens[i];
  if (!opensNounPhrase(first) && !words.pronouns.has(first?.text ?? '')) return false;
  for (let k = i + 1; k < view.to; k++) if (finiteVerb(view.tokens[k]!)) return true;
  return false;
}

/** An auxiliary, a modal or a past tense; "ed" also for short ones the token flags leave out ("lied", "used"). */
function finiteVerb(token: Token): boolean {
  return words.finiteVerbs.has(token.text) || isPastForm(token) || token.text.endsWith('ed');
}
