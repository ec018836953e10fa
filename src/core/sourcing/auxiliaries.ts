/**
 * The auxiliaries and joining words shared by the tagger's readers. The forms of "be": a copula ("the report was
 * false", "was quick to deny") or the auxiliary of a passive ("were never delivered"); "being" is
 * left out: it opens a participle phrase ("being questioned"), not a clause's verb. The forms of
 * "have" that make a perfect tense ("has not been paid", "people the Post has spoken with").
 */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'had', 'have']);
/** The conjunctions that join a clause to the one before: "..., and in them he says", "but nothing came of it". */
export const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but']);
