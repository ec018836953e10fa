/**
 * Titles that belong to someone else. An office title the database reads as one of its people
 * ("Attorney General" for Sessions, "ambassador" for Kislyak, "the senator" for the person last
 * named) names nobody of the database when it is another person's title: when a name it does not
 * hold follows it directly ("Attorney General Loretta Lynch", "Ambassador Michael McFaul"), or when
 * a modifier before it makes it another office ("Deputy Attorney General", "Vice President", "the
 * state attorney general"). A plural office noun names a group, never the one person either
 * ("attorneys general of both parties", "several ambassadors", "senators"). A title set off by
 * commas beside such a name is that name's too ("Loretta Lynch, the former attorney general,"),
 * while a title before a relative clause with a subject of its own ("the attorney general Trump
 * appointed") or before a date ("the attorney general Jan. 10") stays the database's. Such hits
 * are dropped before the sentence pass reads them. Every sentence's hits pass through here, so the
 * tests read token ids and compare characters in place: no string is made per hit.
 */
import { words as sourcingWords } from '../sourcing/lexicon.js';
import { isTitleCase } from '../sourcing/title-case.js';
import { BREAK } from '../text/tokenize.js';
import type { CompiledIndex } from './compiled-index.js';
import { ROLE_PERSON, ROLE_PERSON_ANAPHOR } from './feature-roles.js';
import type { PhraseHits } from './phrase-lookup.js';
import { ReadingCase } from './reading-case.js';
import { capitalisedWord, type SubjectReading } from './unknown-subject.js';
import { SurfaceWords } from './surface-words.js';

/** How many words of its own ("the former") a title set off after a name may have before it. */
const APPOSITION_WORDS = 3;

export class BorrowedTitles {
  /** Per feature, whether its hits may be office titles: a person, a role noun or a concept. */
  private readonly titled: Uint8Array;
  /** The words that, right before an office, make it another (lexicon officeModifiers). */
  private readonly modifiers: SurfaceWords;
  private readonly timeWords: ReadonlySet<number>;
  /** The nouns of an office ("senator", "general", "ambassador"): the tagger's role heads. */
  private readonly offices: SurfaceWords;
  /** The sentence being read (the sentence pass's reading of it): tokens [from, to) of the block's original text, which the tokens' offsets index. */
  private reading!: SubjectReading;
  private to = 0;
  /** Whether the current sentence is in title case (isTitleCase): -1 until first asked. */
  private titleCased = -1;
  private readonly wordCase = new ReadingCase();
  /** Where the titles dropped from the current sentence start and end: someone else stands there. */
  private readonly droppedFirst: number[] = [];
  private readonly droppedLast: number[] = [];

  /** `roles`: each feature's ROLE_* (feature-roles.ts). */
  constructor(index: CompiledIndex, private readonly roles: Uint8Array) {
    const { features, vocabulary } = index.table;
    this.modifiers = new SurfaceWords(vocabulary, index.lexicon.officeModifiers);
    this.timeWords = vocabulary.internWords(sourcingWords.timeWords);
    this.offices = new SurfaceWords(vocabulary, sourcingWords.roleHeads);
    this.titled = Uint8Array.from(roles, (role, f) => (role === ROLE_PERSON || role === ROLE_PERSON_ANAPHOR || features[f]!.kind === 'concept' ? 1 : 0));
  }

  /**
   * Removes from `hits`, found in the sentence `reading` holds (its tokens from reading.from to
   * `to`), the titles that belong to someone else, keeping the others in order.
   */
  drop(reading: SubjectReading, to: number, hits: PhraseHits): void {
    this.reading = this.wordCase.reading = reading;
    this.to = to;
    this.titleCased = -1;
    this.droppedFirst.length = this.droppedLast.length = 0;
    let kept = 0;
    for (let h = 0; h < hits.count; h++) {
      if (!this.borrowed(hits, h)) {
        hits.feature[kept] = hits.feature[h]!;
        hits.first[kept] = hits.first[h]!;
        hits.last[kept++] = hits.last[h]!;
      } else {
        this.droppedFirst.push(hits.first[h]!);
        this.droppedLast.push(hits.last[h]!);
      }
    }
    hits.count = kept;
  }

  /** Whether token `at` of the current sentence lies in a title dropped as someone else's. */
  covers(at: number): boolean {
    for (let k = 0; k < this.droppedFirst.length; k++) if (this.droppedFirst[k]! <= at && this.droppedLast[k]! >= at) return true;
    return false;
  }

  /** Whether token `at` of the current sentence is the plural of an office ("attorneys", "senators"): a group, never one person. */
  pluralOffice(at: number): boolean {
    return this.offices.has(this.reading.text, this.reading.tokens, at, 's');
  }

  private borrowed(hits: PhraseHits, h: number): boolean {
    const feature = hits.feature[h]!;
    if (this.titled[feature] === 0) return false;
    const first = hits.first[h]!;
    const last = hits.last[h]!;
    if (this.oneRole(feature)) for (let i = first; i <= last; i++) if (this.pluralOffice(i)) return true;
    if (!this.offices.has(this.reading.text, this.reading.tokens, last)) return false;
    const modified = first > this.reading.from && this.modifier(first - 1);
    // "the Alabama senator": the modifier is part of a longer phrase read there, which stands.
    if (modified && !insideLonger(hits, h)) return true;
    if (last + 1 < this.to && this.nameWord(last + 1)) return !this.holdsPerson(hits, h, last + 1, this.nameEnd(last + 1)) && !this.titleCase();
    return this.apposedStranger(hits, h, first, last);
  }

  /**
   * Whether a title set off by commas stands beside a name the database does not hold:
   * "Obama's attorney general, Loretta Lynch, denied", "Loretta Lynch, the former attorney
   * general, denied". The apposition must be closed on both sides, so "In Washington, the
   * attorney general denied" and "the attorney general, Democrats say, ..." keep the title.
   */
  private apposedStranger(hits: PhraseHits, h: number, first: number, last: number): boolean {
    const { ids } = this.reading.tokens;
    if (last + 2 < this.to && ids[last + 1] === BREAK && this.nameWord(last + 2)) {
      const end = this.nameEnd(last + 2);
      return this.closes(end) && !this.holdsPerson(hits, h, last + 2, end) && !this.titleCase();
    }
    if (!this.closes(last + 1)) return false;
    // Back over the title's own words ("the former"), to the comma after the name.
    let comma = first - 1;
    while (comma > first - 1 - APPOSITION_WORDS && comma >= this.reading.from && ids[comma]! >= -1 && !this.reading.capital(comma)) comma--;
    if (comma <= this.reading.from || ids[comma] !== BREAK) return false;
    let start = comma;
    while (start > this.reading.from && this.nameWord(start - 1)) start--;
    return start < comma && (start === this.reading.from || ids[start - 1] === BREAK) && !this.holdsPerson(hits, h, start, comma);
  }

  /** Whether the current sentence is in title case: it depends on the sentence only, so it is tested once. */
  private titleCase(): boolean {
    if (this.titleCased < 0) this.titleCased = isTitleCase(this.wordCase, this.reading.from, this.to) ? 1 : 0;
    return this.titleCased === 1;
  }

  /** Whether an apposition ends before token `at`: at a comma or the sentence's end. */
  private closes(at: number): boolean {
    return at >= this.to || this.reading.tokens.ids[at] === BREAK;
  }

  /** Past the capitalised words from token `at`: where a name starting there ends. */
  private nameEnd(at: number): number {
    let end = at;
    while (end < this.to && this.nameWord(end)) end++;
    return end;
  }

  /** A person, or a role noun standing for one ("the senator"): not a concept. */
  private oneRole(feature: number): boolean {
    return this.roles[feature] === ROLE_PERSON || this.roles[feature] === ROLE_PERSON_ANAPHOR;
  }

  /**
   * Whether the capitalised words [from, end) beside hit h's title hold its own name or any
   * person of the database: "Attorney General Jeff Sessions", or a relative clause with its own
   * subject ("the attorney general Trump appointed recused himself", "the ambassador Sessions met
   * twice").
   */
  private holdsPerson(hits: PhraseHits, h: number, from: number, end: number): boolean {
    for (let k = 0; k < hits.count && hits.first[k]! < end; k++) {
      if (hits.first[k]! >= from && (hits.feature[k] === hits.feature[h] || this.roles[hits.feature[k]!] === ROLE_PERSON)) return true;
    }
    return false;
  }

  /** A capitalised word that may be a name: no date ("Tuesday", "March", "Jan. 10") or numbered thing ("No. 3"). */
  private nameWord(at: number): boolean {
    if (!capitalisedWord(this.reading, at) || this.timeWords.has(this.reading.tokens.ids[at]!)) return false;
    return !(at + 1 < this.to && isDigit(this.reading.text.charCodeAt(this.reading.tokens.starts[at + 1]!)));
  }

  /** An office modifier at token `at`, unless a possessive owns it: "Russia's Washington envoy" is the envoy to Washington. */
  private modifier(at: number): boolean {
    const { tokens } = this.reading;
    if (!this.modifiers.has(this.reading.text, tokens, at)) return false;
    return !(at > this.reading.from && isApostrophe(this.reading.text.charCodeAt(tokens.ends[at - 1]!)));
  }

}

/** Whether a hit starting before hit h covers it ("Alabama senator" over "senator"). */
function insideLonger(hits: PhraseHits, h: number): boolean {
  for (let k = h - 1; k >= 0; k--) if (hits.first[k]! < hits.first[h]! && hits.last[k]! >= hits.last[h]!) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
