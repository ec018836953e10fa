/**
 * Titles that belong to someone else. An office title the database reads as one of its people
 * ("Attorney General" for Sessions, "ambassador" for Kislyak, "the senator" for the person last
 * named) names nobody of the database when it is another person's title: when a name it does not
 * hold follows it directly ("Attorney General Loretta Lynch", "Ambassador Michael McFaul"), or when
 * a modifier before it makes it another office ("Deputy Attorney General", "Vice President", "the
 * state attorney general"). A plural office noun names a group, never the one person either
 * ("attorneys general of both parties", "several ambassadors", "senators"). Such hits are
 * dropped before the sentence pass reads them.
 */
import { words as sourcingWords } from '../sourcing/lexicon.js';
import type { Tokens } from '../text/tokenize.js';
import general from './lexicon/general.json';
import type { CompiledIndex } from './compiled-index.js';
import { ROLE_PERSON, ROLE_PERSON_ANAPHOR } from './feature-roles.js';
import type { PhraseHits } from './phrase-lookup.js';
import { wordAt } from './verb-forms.js';

const OFFICE_MODIFIERS = new Set(general.officeModifiers);

/** What a hit may be read as a title of. */
const NOT_TITLED = 0;
/** A person of the database: its title holds only the person's own name ("Attorney General Jeff Sessions"). */
const TITLED_PERSON = 1;
/** A concept or a role noun: its title holds the name of any person of the database ("Senator Sessions"). */
const TITLED_ROLE = 2;

export class BorrowedTitles {
  private readonly titled: Uint8Array;
  /** Ids of function words ("the", "of"), never part of a name. */
  private readonly stopwords: ReadonlySet<number>;
  /** The sentence being read: tokens [from, to) of the block's original text, which the tokens' offsets index. */
  private tokens!: Tokens;
  private text = '';
  private capital: (token: number) => boolean = () => false;
  private from = 0;
  private to = 0;
  /** Where the titles dropped from the current sentence start and end: someone else stands there. */
  private readonly droppedFirst: number[] = [];
  private readonly droppedLast: number[] = [];

  /** `roles`: each feature's ROLE_* (feature-roles.ts). */
  constructor(index: CompiledIndex, private readonly roles: Uint8Array) {
    const { features } = index.table;
    this.stopwords = index.lexicon.stopwords;
    this.titled = Uint8Array.from(roles, (role, f) =>
      role === ROLE_PERSON ? TITLED_PERSON : role === ROLE_PERSON_ANAPHOR || features[f]!.kind === 'concept' ? TITLED_ROLE : NOT_TITLED,
    );
  }

  /** Removes from `hits`, found in tokens [from, to), the titles that belong to someone else, keeping the others in order. */
  drop(tokens: Tokens, text: string, capital: (token: number) => boolean, from: number, to: number, hits: PhraseHits): void {
    this.tokens = tokens;
    this.text = text;
    this.capital = capital;
    this.from = from;
    this.to = to;
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

  private borrowed(hits: PhraseHits, h: number): boolean {
    const titled = this.titled[hits.feature[h]!]!;
    if (titled === NOT_TITLED) return false;
    const { tokens, text } = this;
    const first = hits.first[h]!;
    const last = hits.last[h]!;
    if (this.oneRole(hits.feature[h]!) && this.hasPluralOffice(first, last)) return true;
    // Cheap tests first: most hits have neither a capitalised word after them nor a modifier before.
    const named = last + 1 < this.to && this.nameWord(last + 1);
    const modified = first > this.from && tokens.ids[first - 1]! >= -1 && OFFICE_MODIFIERS.has(wordAt(text, tokens, first - 1));
    if ((!named && !modified) || !sourcingWords.roleHeads.has(wordAt(text, tokens, last))) return false;
    // "the Alabama senator": the modifier is part of a longer phrase read there, which stands.
    if (modified && !insideLonger(hits, h)) return true;
    return named && !this.ownName(hits, h, titled) && !this.titleCased();
  }

  /** A person, or a role noun standing for one ("the senator"): not a concept. */
  private oneRole(feature: number): boolean {
    return this.roles[feature] === ROLE_PERSON || this.roles[feature] === ROLE_PERSON_ANAPHOR;
  }

  /** Whether a word of tokens [first, last] is the plural of an office ("attorneys general", "senators"). */
  private hasPluralOffice(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (pluralOffice(wordAt(this.text, this.tokens, i))) return true;
    return false;
  }

  /** Whether the capitalised words after hit h hold a name the title may carry. */
  private ownName(hits: PhraseHits, h: number, titled: number): boolean {
    const feature = hits.feature[h]!;
    const last = hits.last[h]!;
    let end = last + 1;
    while (end < this.to && this.nameWord(end)) end++;
    for (let k = h + 1; k < hits.count && hits.first[k]! < end; k++) {
      if (hits.first[k]! <= last) continue;
      const other = hits.feature[k]!;
      if (other === feature || (titled === TITLED_ROLE && this.roles[other] === ROLE_PERSON)) return true;
    }
    return false;
  }

  /** A capitalised word that is no function word, no date ("Tuesday", "March") and no punctuation. */
  private nameWord(at: number): boolean {
    const id = this.tokens.ids[at]!;
    if (id < -1 || !this.capital(at) || this.stopwords.has(id)) return false;
    return !sourcingWords.timeWords.has(wordAt(this.text, this.tokens, at));
  }

  /**
   * A headline in title case ("Attorney General Faces New Questions"): every word but function
   * words is capitalised, so a capitalised word after a title tells nothing of a name.
   */
  private titleCased(): boolean {
    const { tokens, text } = this;
    for (let i = this.from; i < this.to; i++) {
      const id = tokens.ids[i]!;
      if (id >= -1 && !this.stopwords.has(id) && !this.capital(i) && /[a-z]/i.test(text.charAt(tokens.starts[i]!))) return false;
    }
    return true;
  }
}

/** The plural of a noun for an office ("attorneys", "senators", "ambassadors"): a group, never one person. */
export function pluralOffice(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && sourcingWords.roleHeads.has(word.slice(0, -1));
}

/** Whether a hit starting before hit h covers it ("Alabama senator" over "senator"). */
function insideLonger(hits: PhraseHits, h: number): boolean {
  for (let k = h - 1; k >= 0; k--) if (hits.first[k]! < hits.first[h]! && hits.last[k]! >= hits.last[h]!) return true;
  return false;
}

