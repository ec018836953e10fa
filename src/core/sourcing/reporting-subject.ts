/**
 * The one thing the tagger carries from paragraph to paragraph: the outlet or document that a
 * sentence last made the subject of its reporting ("The Post reported ...", "The complaint
 * recites ..."), so that "It quoted an unnamed official ..." opening a later sentence, even in
 * the next paragraph, is that outlet or document reporting, not someone on the record. A person
 * speaking as a sentence's subject since ("Flores said ...") takes the pronoun's place: "It said"
 * after a named speaker or company stays theirs. Only a sentence's first act decides: acts after
 * it are mostly what its subject reports or whom it cites.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { SpeakerClass } from './speaker.js';
import type { Act } from './speech-act.js';
import type { SentenceView } from './sentence.js';
import { BE_FORMS } from './auxiliaries.js';

/** How many words (auxiliaries, adverbs) may stand between "It" and its verb ("It did not yet say"). */
const SUBJECT_TO_VERB = 3;

/** The reporting subjects a sentence-opening "It" may stand for, by the kind their reporting shows. */
type Reporter = Extract<SpeakerClass, 'outlet' | 'document'>;

export class ReportingSubject {
  private reporter: Reporter | null = null;

  /**
   * A sentence's first act with kinds: its speaker becomes, or stops being, what "It" stands for.
   * False when the act leaves that to the next: a speaker cited after the verb ("It quotes the
   * senator") is no subject of the sentence, unless an outlet or document ("according to the Post").
   */
  firstAct(act: Act, kinds: readonly SourcingKind[]): boolean {
    const { speaker } = act;
    if (speaker.cls === 'pronoun' && this.reporter) return true; // "It also quotes ...": the same subject goes on
    if ((kinds.includes('relayed') && speaker.cls !== 'pronoun') || citedByOutlet(act)) this.reporter = 'outlet';
    else if (kinds.includes('document') && speaker.cls === 'document') this.reporter = 'document';
    else if (speaker.from >= act.verb.to) return false;
    else if (kinds.includes('on-record')) this.reporter = null;
    return true;
  }

  /**
   * What the sentence's opening "It" stands for when it is the subject of the verb at `verb` ("It
   * quoted ...", "It does not say ..."), or null: then it is read as any pronoun is. Not in a
   * cleft ("It was Flores who said ...") nor an impersonal "It is unclear what she said".
   */
  standsFor(view: SentenceView, verb: number): Reporter | null {
    if (!this.reporter || view.tokens[view.from]!.text !== 'it' || verb - view.from - 1 > SUBJECT_TO_VERB) return null;
    for (let k = view.from + 1; k < verb; k++) if (!view.tokens[k]!.word || BE_FORMS.has(view.tokens[k]!.text)) return null;
    return this.reporter;
  }
}

/** "The Post cited two officials": the outlet before the verb is the subject that cites. */
function citedByOutlet(act: Act): boolean {
  const outlet = act.recipientOutlet;
  return outlet !== undefined && !outlet.wire && outlet.to <= act.verb.from;
}
