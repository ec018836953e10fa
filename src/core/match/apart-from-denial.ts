/**
 * Which plain words of a sentence with a denial stand apart from it, so that an affirmed claim
 * made of them is stated beside the denial rather than read as what the denial is about
 * (compete.ts). In a sentence that sets the two against each other ("met him twice despite saying
 * he had no contacts") every plain word does. Otherwise only a word after the last one a
 * negation covers, in a plain statement that someone other than the denier makes: "said he had no
 * contacts, an answer that fell apart when it emerged he had met him twice". Not the denier going
 * on with his own words ("..., calling reports that he met him a smear", "and claimed the reports
 * ... were politically motivated"): a clause with no subject of its own is his. Not a clause that
 * supposes, plans or asks ("he may have met him", "is scheduled to meet him", "had he met him,
 * ...", "if confirmed, ...", "did he meet him or not"): it states nothing that happened.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import { HYPOTHETICAL, NEGATED, PLAIN } from './occurrence-flags.js';
import type { Polarity } from './polarity.js';
import { bridging, endsInIng, MODALS, SUBJECT_PRONOUNS, wordAt } from './verb-forms.js';

/** Where plain words stand apart from a sentence's denial: read by standsApart(), kept as a record so a sentence costs no closure. */
export interface ApartFromDenial {
  /** The sentence sets what happened against its denial (a contrast cue): every plain word stands apart. */
  readonly contested: boolean;
  /** The sentence's marks and first token. */
  readonly polarity: Polarity;
  readonly from: number;
  /** Plain words stand apart between these tokens, both excluded: the denial's last negated word and the denier's own clause. */
  readonly denialEnd: number;
  readonly apartEnd: number;
}

/** Words that open a clause after a comma or on their own ("..., and claimed", "but the Post found"). */
const JOINERS = new Set(['and', 'but', 'yet', 'so', 'then', 'though', 'while']);
/** Adverbs that may stand between a joiner and the clause's first word ("and later he met"). */
const ADVERBS = new Set(['later', 'then', 'also', 'now', 'still', 'again', 'since']);
/** Words in -ing that are prepositions or pronouns, not a participle carrying on the subject's action. */
const NOT_PARTICIPLES = new Set(['during', 'according', 'including', 'regarding', 'following', 'nothing', 'something', 'anything', 'everything']);
/** Past forms of speech verbs that do not end in -ed. */
const IRREGULAR_SPEECH = new Set(['said', 'told', 'wrote']);
/** Before "to", words that put what follows in the future ("is scheduled to meet him"). */
const PLANNED = new Set(['scheduled', 'expected', 'set', 'going', 'planning', 'plans', 'planned', 'poised', 'due']);
/** Auxiliaries that, before their subject, ask or suppose ("did he meet him", "had he met him"). */
const INVERTIBLE = new Set(['had', 'did', 'does', 'do', 'has', 'was', 'were', 'is']);

/**
 * What stands apart from the denial in the sentence of tokens [from, to) that `polarity` last
 * marked, or undefined when nothing does (no negation); `text`: the block's text, which the tokens' offsets index.
 */
export function apartFromDenial(polarity: Polarity, text: string, tokens: Tokens, from: number, to: number): ApartFromDenial | undefined {
  if (!polarity.negative && !polarity.contested) return undefined;
  if (polarity.contested) return { contested: true, polarity, from, denialEnd: from - 1, apartEnd: to };
  let denialEnd = to;
  while (--denialEnd >= from && !(polarity.at(denialEnd) & NEGATED));
  if (denialEnd < from || !statesPlainly(polarity, text, tokens, denialEnd + 1, to)) return undefined;
  return { contested: false, polarity, from, denialEnd, apartEnd: deniersOwnClause(text, tokens, denialEnd + 1, to) };
}

/** Whether the word at token offset `at` (from the sentence's first token) stands apart from the denial. */
export function standsApart(apart: ApartFromDenial, at: number): boolean {
  const token = apart.from + at;
  return token > apart.denialEnd && token < apart.apartEnd && apart.polarity.at(token) === PLAIN;
}

/**
 * Whether tokens [start, to) state what happened: nothing in them supposes, plans or asks, neither
 * a hypothetical cue's scope ("whether", "if") nor a modal, a plan or an inverted question.
 */
function statesPlainly(polarity: Polarity, text: string, tokens: Tokens, start: number, to: number): boolean {
  for (let i = start; i < to; i++) {
    if (polarity.at(i) & HYPOTHETICAL) return false;
    if (tokens.ids[i] === BREAK) continue;
    const word = wordAt(text, tokens, i);
    if (MODALS.has(word) || word === 'if') return false;
    if (word === 'to' && i > start && PLANNED.has(wordAt(text, tokens, i - 1))) return false;
    if (word === 'not' && i > start && wordAt(text, tokens, i - 1) === 'or') return false;
    if (INVERTIBLE.has(word) && opensClause(text, tokens, i, start) && i + 1 < to && invertedSubject(wordAt(text, tokens, i + 1))) return false;
  }
  return true;
}

/**
 * The first token of [start, to) that opens a clause with no subject of its own: a participle or a
 * past verb right after a comma or a joiner ("..., calling reports ...", "and claimed ..."), which
 * carries on what the sentence's subject, the denier, does; `to` when there is none.
 */
function deniersOwnClause(text: string, tokens: Tokens, start: number, to: number): number {
  for (let i = start; i < to; i++) {
    if (tokens.ids[i] === BREAK || !opensClause(text, tokens, i, start)) continue;
    const word = wordAt(text, tokens, i);
    if (JOINERS.has(word) || ADVERBS.has(word) || bridging(word)) continue;
    const participle = endsInIng(text, tokens.ends[i]!) && !NOT_PARTICIPLES.has(word);
    if (participle || word.endsWith('ed') || IRREGULAR_SPEECH.has(word)) return i;
  }
  return to;
}

/** Whether token i opens a clause: after a comma or a joiner, adverbs or auxiliaries between ("and has since called"). */
function opensClause(text: string, tokens: Tokens, i: number, start: number): boolean {
  for (let k = i - 1; k >= start - 1; k--) {
    if (tokens.ids[k] === BREAK) return true;
    const word = wordAt(text, tokens, k);
    if (JOINERS.has(word)) return true;
    if (!ADVERBS.has(word) && !bridging(word)) return false;
  }
  return false;
}

/** A subject after an inverted auxiliary: a subject pronoun, or "it" ("was it planned"). */
function invertedSubject(word: string): boolean {
  return SUBJECT_PRONOUNS.has(word) || word === 'it';
}
