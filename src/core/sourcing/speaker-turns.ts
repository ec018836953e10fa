/**
 * A transcript speaker's turn that carries no information: a greeting, thanks, a hand-off ("Let's
 * take a break", "We'll be right back"), a reply of a few words ("Sure.", "Partly."), or a line
 * opened or closed by addressing another speaker by name ("Maria, you spoke to the campaign.",
 * "One last point, Tom."). Labelers of broadcast transcripts agree that such turns attribute
 * nothing, so a speaker label before one is not on-record sourcing.
 */
import type { SentenceView } from './sentence.js';
import { words } from './lexicon.js';
import type { Token } from './tokens.js';

/** Words a reply may have and still say nothing ("Sure.", "Not really."): "The budget is balanced." says something. */
const SHORT_REPLY = 2;

export function isConversationalTurn(view: SentenceView, colon: number): boolean {
  const { tokens } = view;
  let said = 0;
  for (let k = colon + 1; k < view.to; k++) {
    const token = tokens[k]!;
    if (token.quote) return false; // a quotation is always someone's statement
    if (token.word) said++;
  }
  return said <= SHORT_REPLY || hostMoveIn(tokens, colon + 1, view.to) || addressesOpening(tokens, colon + 1, view.to) || addressesClosing(tokens, colon + 1, view.to);
}

/** How a phrase of the host-move list spells a token: "let's" keeps the "'s" the tokenizer drops. */
function spelled(token: Token): string {
  return token.poss ? `${token.text}'s` : token.text;
}

function hostMoveIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    for (const phrase of words.hostMoves) {
      if (k + phrase.length <= to && phrase.every((word, j) => spelled(tokens[k + j]!) === word)) return true;
    }
  }
  return false;
}

/** A name the lexicons do not know, alone before or after a comma: someone spoken to. */
function isAddressedName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return token !== undefined && token.word && token.cap && token.text === '' && !token.poss;
}

/** "Well, Dana, the key thing is ...", "Lena, with respect, ...": the turn opens by addressing a speaker. */
function addressesOpening(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && (words.turnOpeners.has(tokens[k]!.text) || tokens[k]!.text === ',')) k++;
  return isAddressedName(tokens, k) && tokens[k + 1]?.text === ',' && !isAddressedName(tokens, k - 1);
}

/** "One more thing, Dana.": the turn ends by addressing a speaker. */
function addressesClosing(tokens: readonly Token[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && !tokens[last]!.word) last--;
  return last > from + 1 && isAddressedName(tokens, last) && tokens[last - 1]!.text === ',';
}
