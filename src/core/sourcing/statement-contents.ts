/**
 * Where the content of a statement told through a noun starts and ends: "His excuse — that he
 * misread the question — ...", "her line since May: ...", "The agency's answer ... was to blame
 * the weather", "Her remarks to the paper, published Sunday, that she would run again ...".
 * owned-statements.ts finds the noun and its speaker.
 */
import { BE_FORMS, HAVE_FORMS } from './auxiliaries.js';
import { isTimeWord, words } from './lexicon.js';
import { CLAUSE_OPENING_PRONOUNS } from './pronouns.js';
import type { CueCategory } from './cue-table.js';
import { hitOfAnyAt, type CueHit, type SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';
import { endsObjectGap } from './object-gaps.js';

/** Longest aside between the noun and its content ("..., issued through a spokeswoman, was"). */
const ASIDE = 12;
/**
 * How far into its sentence a noun may stand and still open it as a label ("The president's first
 * response:").
 */
const LABEL_REACH = 5;
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whether']);
const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '-']);
/**
 * "was that", "remains that": the verbs that link a statement noun to its content ("has been that"
 * too, see `pastCopula`); "be" and "been" alone link nothing here.
 */
const LINKS: ReadonlySet<string> = new Set([...[...BE_FORMS].filter((form) => form !== 'be' && form !== 'been'), 'remains', 'remained']);
/**
 * "was to blame the weather", "was to question the figures": after "was to", only a verb of saying
 * or disputing is content ("was to cut rates" is an act).
 */
const SAYING: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'denialVerb', 'objectVerb', 'docVerb']);

/**
 * Where the statement's content starts: after "was that", "was to", "— that", ": "; -1 when the
 * noun has none.
 */
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
  k = pastCopula(view, k);
  if (k < 0) return -1;
  while (k < view.to && tokens[k]!.ly && !tokens[k]!.cap) k++; // "was simply that"
  const next = tokens[k]?.text;
  if (next === 'to') return hitOfAnyAt(view, SAYING, k + 1) ? k + 1 : -1;
  return next === 'that' || next === ':' ? k + 1 : -1;
}

/** The token after a copula at `k` ("was", "were", "remains", "has been"), or -1. */
function pastCopula(view: SentenceView, k: number): number {
  const text = view.tokens[k]?.text ?? '';
  if (HAVE_FORMS.has(text)) return view.tokens[k + 1]?.text === 'been' ? k + 2 : -1;
  return LINKS.has(text) ? k + 1 : -1;
}

/**
 * Whether the "that" at `that` opens what the noun says rather than a relative clause on it: not
 * before a verb ("the statement that was issued"), nor before a subject and a verb of making a
 * statement ("the answer that she gave him"), nor before a clause whose verb lacks its object
 * ("the remarks about the wall that Mexico would pay for were false", "the statement that the
 * council passed was brief"; see object-gaps.ts), nor before a time ("that day"). Past a
 * complement or an aside, "that" may also be a determiner of the phrase's own ("at the rally that
 * night"): what it opens needs a subject of its own (a pronoun, a name or a determiner's phrase).
 */
function opensContent(view: SentenceView, that: number, pastPhrase: boolean): boolean {
  const next = view.tokens[that + 1];
  // "The agency's response that day was chaotic": "that" before a time only points at it.
  if (!next || next.ed || words.finiteVerbs.has(next.text) || words.timeWords.has(next.text)) return false;
  const subject = CLAUSE_OPENING_PRONOUNS.has(next.text) || next.cap;
  if (subject && words.statementMakingVerbs.has(view.tokens[that + 2]?.text ?? '')) return false;
  if (pastPhrase && !subject && !isDeterminer(next.text)) return false;
  return !endsObjectGap(view, that + 1);
}

/**
 * "her line", "the mayor's line", "the unions' line": the noun at `noun` follows its owner at once.
 */
function ownerJustBefore(view: SentenceView, noun: number): boolean {
  const before = view.tokens[noun - 1];
  return noun > view.from && before !== undefined && (before.poss || before.text === "'" || words.possessive.has(before.text));
}

/**
 * "His line since March: ...", "her position ever since July, ..., is that": where what follows the
 * time after "since" starts, else `k`.
 */
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
/**
 * What may follow the complement: a copula, the content's "that", or a comma or dash opening an
 * aside.
 */
const COMPLEMENT_ENDS: ReadonlySet<string> = new Set([...LINKS, ...HAVE_FORMS, 'that', ',', ...DASHES]);

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

/**
 * The last token of the content: up to the dash or comma that closes "— that ... —", else the
 * sentence's end.
 */
export function contentEnd(view: SentenceView, noun: number, content: number): number {
  const opener = view.tokens[noun]!.text;
  const closes = (text: string) => (opener === ',' ? text === ',' : DASHES.has(text));
  if (!DASHES.has(opener) && !(opener === ',' && view.tokens[noun + 1]?.text === 'that')) return view.to - 1;
  let k = content;
  while (k < view.to && !closes(view.tokens[k]!.text)) k++;
  return k - 1;
}
