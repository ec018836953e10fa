/**
 * Where the content of a statement told through a noun starts and ends: "His excuse — that he
 * misread the question — ...", "her line since May: ...", "The agency's answer ... was to blame
 * the weather", "Her remarks to the paper, published Sunday, that she would run again ...".
 * owned-statements.ts finds the noun and its speaker.
 */
import { isTimeWord, words } from './lexicon.js';
import { CLAUSE_OPENING_PRONOUNS } from './pronouns.js';
import type { CueHit, SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';

/** Longest aside between the noun and its content ("..., issued through a spokeswoman, was"). */
const ASIDE = 12;
/** How far into its sentence a noun may stand and still open it as a label ("The president's first response:"). */
const LABEL_REACH = 5;
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whether']);
const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '-']);
const COPULAS = new Set(['was', 'is', 'has been', 'had been', 'remains', 'remained']);
/** "the statement that was issued": a relative clause about the noun, not its content. */
const RELATIVE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'would', 'will', 'could', 'came', 'followed']);

/** Where the statement's content starts: after "was that", "was to", "— that", ": "; -1 when the noun has none. */
export function contentStart(view: SentenceView, noun: CueHit): number {
  const { tokens } = view;
  // "Her phone line since May: disconnected": after a noun, "line" is a thing; a position is the
  // owner's own "line" or "bottom line".
  const positionOnly = words.positionOnlyNouns.has(tokens[noun.to - 1]!.text);
  if (positionOnly && !ownerJustBefore(view, noun.from)) return -1;
  let k = pastSince(view, noun.to);
  const opener = tokens[k]?.text ?? '';
  // "His excuse — that ...", "Her answer, that she never saw it, ...": the content is the aside itself.
  if ((DASHES.has(opener) || opener === ':' || opener === ',') && tokens[k + 1]?.text === 'that') return k + 2;
  // "The mayor's answer: a two-line email.": a label opening the sentence, its content after the colon ("Her testimony: what we know" asks).
  if (opener === ':' && noun.from - view.from <= LABEL_REACH && tokens[k + 1]?.word && !QUESTION_WORDS.has(tokens[k + 1]!.text)) return k + 1;
  // "her repeated insistence that she never met him": the content follows at once.
  if (opener === 'that') return opensContent(view, k, false) ? k + 1 : -1;
  // "his complaint in the same interview that ...", "her remarks to the paper, ...": a complement of the noun first.
  if (!positionOnly) k = pastComplement(view, k);
  if (k > noun.to && tokens[k]!.text === 'that') return opensContent(view, k, true) ? k + 1 : -1;
  const aside = tokens[k]?.text ?? '';
  if (aside === ',' || DASHES.has(aside)) {
    let close = k + 1;
    while (close < view.to && close - k <= ASIDE && tokens[close]!.text !== aside && !(DASHES.has(aside) && DASHES.has(tokens[close]!.text))) close++;
    if (close >= view.to || close - k > ASIDE) return -1;
    k = close + 1;
    // "Her explanation, given in May, that ...": the content after the aside.
    if (tokens[k]?.text === 'that') return opensContent(view, k, true) ? k + 1 : -1;
  }
  // "The firm's line of credit was to expire": with a complement, "line" is a thing.
  if (!positionOnly) k = pastComplement(view, k);
  const copula = tokens[k]?.text === 'has' || tokens[k]?.text === 'had' ? `${tokens[k]!.text} ${tokens[k + 1]?.text}` : tokens[k]?.text ?? '';
  if (!COPULAS.has(copula)) return -1;
  k += copula.includes(' ') ? 2 : 1;
  while (k < view.to && tokens[k]!.ly && !tokens[k]!.cap) k++; // "was simply that"
  const next = tokens[k]?.text;
  return next === 'that' || next === 'to' || next === ':' ? k + 1 : -1;
}

/**
 * Whether the "that" at `that` opens what the noun says rather than a relative clause on it ("the
 * statement that was issued", "the answer that she gave"). Past a complement or an aside, the
 * "that" may belong to the phrase's own noun ("at the rally that night"): a clause with a subject
 * of its own is then what it opens.
 */
function opensContent(view: SentenceView, that: number, pastPhrase: boolean): boolean {
  const next = view.tokens[that + 1];
  if (!next || next.ed || RELATIVE_VERBS.has(next.text)) return false;
  const subject = CLAUSE_OPENING_PRONOUNS.has(next.text) || next.cap;
  if (subject && words.statementMakingVerbs.has(view.tokens[that + 2]?.text ?? '')) return false;
  return !pastPhrase || subject || isDeterminer(next.text);
}

/** "her line", "the mayor's line", "the unions' line": the noun at `noun` follows its owner at once. */
function ownerJustBefore(view: SentenceView, noun: number): boolean {
  const before = view.tokens[noun - 1];
  return noun > view.from && before !== undefined && (before.poss || before.text === "'" || words.possessive.has(before.text));
}

/** "His line since March: ...", "her position ever since July, ..., is that": where what follows the time after "since" starts, else `k`. */
function pastSince(view: SentenceView, k: number): number {
  const { tokens } = view;
  const since = tokens[k]?.text === 'ever' ? k + 1 : k;
  if (tokens[since]?.text !== 'since' || !isTimeWord(tokens[since + 1]?.text ?? '')) return k;
  let j = since + 1;
  while (j < view.to && isTimeWord(tokens[j]!.text)) j++;
  return j;
}

/** Longest complement between the noun and its copula ("for the meetings themselves"). */
const COMPLEMENT = 5;
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'about', 'on', 'to', 'in']);
/** What may follow the complement: a copula, the content's "that", or a comma or dash opening an aside. */
const COMPLEMENT_ENDS = new Set(['was', 'is', 'has', 'had', 'remains', 'remained', 'that', ',', ...DASHES]);

/**
 * "His explanation for the meetings has been that", "his remarks to the Times, ...": where what
 * follows a short complement of the noun stands, else `k`.
 */
function pastComplement(view: SentenceView, k: number): number {
  const { tokens } = view;
  if (!COMPLEMENT_PREPOSITIONS.has(tokens[k]?.text ?? '')) return k;
  for (let j = k + 1; j < view.to && j - k <= COMPLEMENT; j++) {
    if (COMPLEMENT_ENDS.has(tokens[j]!.text)) return j;
    if (!tokens[j]!.word || tokens[j]!.quoted || words.breakers.has(tokens[j]!.text)) return k;
  }
  return k;
}

/** The last token of the content: up to the dash or comma that closes "— that ... —", else the sentence's end. */
export function contentEnd(view: SentenceView, noun: number, content: number): number {
  const opener = view.tokens[noun]!.text;
  const closes = (text: string) => (opener === ',' ? text === ',' : DASHES.has(text));
  if (!DASHES.has(opener) && !(opener === ',' && view.tokens[noun + 1]?.text === 'that')) return view.to - 1;
  let k = content;
  while (k < view.to && !closes(view.tokens[k]!.text)) k++;
  return k - 1;
}
