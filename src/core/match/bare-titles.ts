/**
 * Bare titles: an office with no proper name that says whose it is ("the envoy", "the
 * president", "Attorney General"), unlike "the Russian envoy" or "Ambassador Kislyak". The
 * database reads one as its own holder of the office, unless the article has not named any of its
 * people or bodies yet and has given that office to someone else: a port story about "Lena Marsh,
 * the trade envoy of Velmora" means her by "the envoy". An article that opens on the bare title
 * ("The attorney general's shifting answers") still means the database's holder.
 */
import { ROLE_BODY, ROLE_PERSON } from './feature-roles.js';
import type { PhraseHits } from './phrase-lookup.js';
import type { SurfaceWords } from './surface-words.js';
import { capitalisedWord, type SubjectReading } from './unknown-subject.js';

/** What one document has shown so far of the database's story; it lives on the document's Salience. */
export class StoryTitles {
  /** Whether the document has named one of the database's people or bodies by a proper name. */
  named = false;
  /** The offices (stem ids) the document gave someone else before it named the story. */
  readonly strangers = new Set<number>();
}

/** Whether tokens [first, last] are a bare title: an office (`offices`) with no proper name before it. */
export function bareTitle(reading: SubjectReading, offices: SurfaceWords, first: number, last: number): boolean {
  return offices.has(reading.text, reading.tokens, last) && !properName(reading, offices, first, last);
}

/** Whether `hits` name one of the database's people or bodies by a proper name ("intelligence agency" is none). `roles`: each feature's ROLE_*. */
export function namesStory(reading: SubjectReading, offices: SurfaceWords, roles: Uint8Array, hits: PhraseHits): boolean {
  for (let h = 0; h < hits.count; h++) {
    const role = roles[hits.feature[h]!];
    if ((role === ROLE_PERSON || role === ROLE_BODY) && properName(reading, offices, hits.first[h]!, hits.last[h]!)) return true;
  }
  return false;
}

/** Adds to `story` the singular offices of the sentence (tokens to `to`) outside the database's people kept in `hits`. */
export function noteStrangerOffices(reading: SubjectReading, to: number, offices: SurfaceWords, roles: Uint8Array, hits: PhraseHits, story: StoryTitles): void {
  const { text, tokens } = reading;
  for (let at = reading.from; at < to; at++) {
    if (offices.has(text, tokens, at) && !insidePerson(roles, hits, at)) story.strangers.add(tokens.ids[at]!);
  }
}

function properName(reading: SubjectReading, offices: SurfaceWords, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (capitalisedWord(reading, i) && !offices.has(reading.text, reading.tokens, i)) return true;
  return false;
}

function insidePerson(roles: Uint8Array, hits: PhraseHits, at: number): boolean {
  for (let h = 0; h < hits.count && hits.first[h]! <= at; h++) if (hits.last[h]! >= at && roles[hits.feature[h]!] === ROLE_PERSON) return true;
  return false;
}
