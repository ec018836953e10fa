/**
 * The subject pronouns the tagger reads, named by what they tell: each set adds pronouns to the
 * one before it, so one spelling serves every rule that means the same pronouns. Kept apart from
 * the lexicon's JSON because the tokenizer, which the claim matcher shares, reads them too.
 */

/**
 * "he", "she": one person. Never a group just heard ("officials said so. He said ..."), and
 * their "'s" is "has" or "is", never a possessive ("he's said", their possessives are "his", "her").
 */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Pronouns that take no modifier, so each is a whole speaker's phrase by itself ("At his hearing
 * in January he told ..."); "we" and "it" may be modified ("we voters", "it all").
 */
export const UNMODIFIED_PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, 'they']);

/**
 * Pronouns that can only start a clause: after a noun they open a relative one ("the sources he
 * cited", "officials it did not name"), so a speaker's phrase ends before them.
 */
export const CLAUSE_OPENING_PRONOUNS: ReadonlySet<string> = new Set([...UNMODIFIED_PRONOUNS, 'it', 'we', 'i']);

/**
 * The wh- relative pronouns: after a comma they open a relative clause on what comes before ("the
 * provision, which lets Congress block it,", "the aide, whose notes ..."). "That" is left out: it
 * also opens a clause of what is said, so each rule that takes it as a relative adds it.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);
