/**
 * The words that tell a name (lexicon/names.json), apart from the rest of the lexicon: the
 * content script finds a page's own outlet (page-outlet.ts) with these alone, and its bundle
 * stays free of the tagger's lexicons. lexicon.ts shares the same sets.
 */
import names from './lexicon/names.json';

export const nameLexicon = {
  /** Wire services: their bylines and datelines credit another outlet. */
  wireNames: names.wire as readonly string[],
  /** Syndicates: a byline marked with one ("By Ana Ruiz (TNS)") credits another outlet's story. */
  syndicateNames: names.syndicates as readonly string[],
  /** Capitalised words that end an outlet's name ("the Riverton Gazette"); matched with their case. */
  outletNameWords: new Set(names.outletNameWords.map((word) => word.toLowerCase())) as ReadonlySet<string>,
  /** Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT"). */
  genericNameTails: new Set(names.genericNameTails) as ReadonlySet<string>,
  lowerInTitles: new Set(names.lowerInTitles) as ReadonlySet<string>,
  prepositions: new Set(names.prepositions) as ReadonlySet<string>,
} as const;
