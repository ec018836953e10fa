/**
 * The words that tell a name (lexicon/names.json), apart from the rest of the lexicon: the
 * content script finds a page's own outlet (page-outlet.ts) with these alone, and its bundle
 * stays free of the tagger's lexicons. lexicon.ts shares the same sets. Named imports, so the
 * bundler leaves the file's `$comment` out of the content script.
 */
import { genericNameTails, lowerInTitles, outletNameWords, prepositions, syndicates, wire } from './lexicon/names.json';

export const nameLexicon = {
  /** Wire services: their bylines and datelines credit another outlet. */
  wireNames: wire as readonly string[],
  /** Syndicates: a byline marked with one ("By Ana Ruiz (TNS)") credits another outlet's story. */
  syndicateNames: syndicates as readonly string[],
  /** Capitalised words that end an outlet's name ("the Riverton Gazette"); matched with their case. */
  outletNameWords: new Set(outletNameWords.map((word) => word.toLowerCase())) as ReadonlySet<string>,
  /** Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT"). */
  genericNameTails: new Set(genericNameTails) as ReadonlySet<string>,
  lowerInTitles: new Set(lowerInTitles) as ReadonlySet<string>,
  prepositions: new Set(prepositions) as ReadonlySet<string>,
} as const;
