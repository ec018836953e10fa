/**
 * The clauses of a sentence, after its first, that have a speaker of their own: "..., and Trump
 * has dismissed ..." (Trump's), "... his testimony, in which he said ..." (someone the sentence
 * does not name, -1). A denial in such a clause is its own speaker's, not the sentence's.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { ClauseWords } from './clause-words.js';
import { BRIDGES, finiteVerb, MODALS, wordAt } from './verb-forms.js';

export class ClauseSpeakers {
  private readonly starts: number[] = [];
  private readonly speakers: number[] = [];

  /** Whether any clause after the first has a speaker of its own. */
  get any(): boolean {
    return this.starts.length > 0;
  }

  clear(): void {
    this.starts.length = 0;
    this.speakers.length = 0;
  }

  /** A clause starting at token `at`, spoken by `speaker` (-1: unknown). */
  open(at: number, speaker: number): void {
    this.starts.push(at);
    this.speakers.push(speaker);
  }

  /** The speaker of the clause holding token `at`; `sentence`, the sentence's, before any. */
  speakerAt(at: number, sentence: number): number {
    for (let c = this.starts.length - 1; c >= 0; c--) if (this.starts[c]! <= at) return this.speakers[c]!;
    return sentence;
  }
}

/**
 * Where a clause with a subject of its own opens before the name at token `at` ("..., and Trump
 * has ...", "..., and the department ...", "...; a spokeswoman called ..."): its joiner, or -1.
 */
export function clauseJoinerBefore(tokens: Tokens, words: ClauseWords, text: string, at: number): number {
  const joiner = words.isDeterminer(tokens.ids[at - 1]!) ? at - 2 : at - 1;
  const semicolon = tokens.ids[joiner] === BREAK && text.charCodeAt(tokens.starts[joiner]!) === 59;
  return semicolon || (tokens.ids[joiner - 1] === BREAK && words.isJoiner(tokens.ids[joiner]!)) ? joiner : -1;
}

/** Most words a set-off noun phrase takes after its place's name ("the Russia story more broadly,"). */
const SET_OFF_REACH = 5;

/**
 * "..., and the Russia story generally, as a hoax": a place's name after a determiner it does not
 * include, on tokens [at, last], modifies a noun when its phrase is set off, closed by a comma
 * before any finite verb, auxiliary or modal; so it is no subject opening a clause. "..., and the
 * Moscow embassy dismissed ...", "..., and the Russia probe has dragged on, ..." open one, as does
 * "..., and the Kremlin, in a statement, ..." (the comma right after the name sets off no noun).
 */
export function modifiesNoun(tokens: Tokens, words: ClauseWords, text: string, at: number, last: number): boolean {
  if (!words.isDeterminer(tokens.ids[at - 1]!)) return false;
  for (let k = last + 1; k < tokens.count && k - last <= SET_OFF_REACH; k++) {
    if (tokens.ids[k] === BREAK) return k > last + 1 && text.charCodeAt(tokens.starts[k]!) === 44;
    const word = wordAt(text, tokens, k);
    if (tokens.ids[k]! < -1 || finiteVerb(text, tokens, k) || BRIDGES.has(word) || MODALS.has(word)) return false;
  }
  return false;
}
