/**
 * The forms of "be" shared by the tagger's readers: a copula ("the report was false", "was quick
 * to deny") or the auxiliary of a passive ("were never delivered"). "Being" is left out: it opens
 * a participle phrase ("being questioned"), not a clause's verb.
 */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
