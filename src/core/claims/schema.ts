/**
 * The claim pack format: one definition from which the TypeScript types, the runtime validator
 * and the JSON Schema file for editors (`extension/claims/pack.schema.json`) all come, so the
 * three cannot drift apart. The bundled database is a pack like any other.
 */
import { z } from '../zod.js';
import { SOURCING_KINDS } from '../sourcing-kinds.js';

/** The pack format version this code writes. Older versions are migrated by `migrate.ts`. */
export const SCHEMA_VERSION = 1;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().regex(ID_PATTERN, 'must be 1-128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit');
const isoDate = z.string().regex(ISO_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) address');

export const CLAIM_STATUSES = ['confirmed', 'disputed', 'unverified', 'denied', 'false'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const ENTITY_KINDS = ['person', 'organization', 'place', 'outlet', 'document', 'event'] as const;
export const ROLES = ['subject', 'counterpart', 'speaker', 'reporter', 'mentioned'] as const;
export const PRONOUNS = ['he', 'she', 'they'] as const;
export const RELATIONS = ['disputes', 'denies', 'supports', 'related', 'narrower', 'broader'] as const;

export const entitySchema = z
  .object({
    id: id.describe('Referenced from claims as "#id" in match terms and in `involved`.'),
    name: text(200).describe('Canonical name, e.g. "Jeff Sessions".'),
    kind: z.enum(ENTITY_KINDS),
    aliases: z.array(text(200)).max(64).default([]).describe('Other ways articles name it: "the attorney general", "Sessions".'),
    description: text(500).optional(),
    pronoun: z
      .enum(PRONOUNS)
      .optional()
      .describe('For a person: the pronoun articles use for them, so that "she" never stands for a man. Left out, any pronoun may.'),
  })
  .strict()
  // A pronoun on an organisation would let "he" stand for it; editors learn the rule from the
  // JSON Schema's if/then, the validator from the refinement.
  .superRefine((entity, context) => {
    if (entity.pronoun !== undefined && entity.kind !== 'person') {
      context.addIssue({ code: 'custom', path: ['pronoun'], message: `only a person takes a pronoun, and "${entity.id}" is of kind "${entity.kind}"` });
    }
  })
  .meta({ if: { properties: { kind: { not: { const: 'person' } } }, required: ['kind'] }, then: { not: { required: ['pronoun'] } } });

/**
 * A group of interchangeable terms. Each entry is a phrase (matched after normalisation and
 * stemming), "@concept" for a lexicon group of the pack, or "#entity" for every alias of an entity.
 */
const termGroup = z.array(text(200)).min(1).max(200);

export const matchSchema = z
  .object({
    all: z.array(termGroup).max(16).default([]).describe('Every group must be present in the sentence (added to each phrasing).'),
    any: z.array(termGroup).max(32).default([]).describe('Each group present raises the score (added to each phrasing as optional).'),
    none: z.array(text(200)).max(64).default([]).describe('Any of these vetoes the match (near misses).'),
    facts: z
      .array(text(200))
      .max(64)
      .default([])
      .describe(
        'For a claim about two people\'s dealings: what tells its own occasions apart from others like them (where, when, how many: "#mayflower", "September", "three"). While an article is talking about both people (each named in the sentence or the two before it), a sentence that speaks of an encounter ("the meeting", "the first") that one of these modifies states the claim without naming them, unless the encounter is someone else\'s.',
      ),
    polarity: z
      .enum(['affirms', 'denies', 'either'])
      .default('affirms')
      .describe(
        '"affirms": a sentence whose key words are negated ("denied discussing") or hypothetical ("calls for him to recuse") does not state the claim. "denies": the claim is that someone denied or disputed something; the sentence must negate or deny. "either": an explanation or statement whose wording may go either way.',
      ),
    phrasings: z
      .array(text(600))
      .max(64)
      .default([])
      .describe(
        'Example wordings of the claim, in the pack author\'s words. Every word counts unless put in [square brackets] (may be left out); synonyms come from the pack lexicon and the general lexicon. Without phrasings, the `all` and `any` groups are the wording; without a match block, the statement is.',
      ),
  })
  .strict();

export const sourceSchema = z
  .object({
    kind: z.enum(SOURCING_KINDS),
    who: text(300).describe('"current and former US officials"; "Sarah Isgur Flores, Justice Department spokeswoman".'),
    outlet: text(200).optional(),
    date: isoDate.optional(),
    quote: text(600).optional().describe('A short, attributed quote of a public statement.'),
    url: httpUrl.optional(),
  })
  .strict();

export const reportSchema = z
  .object({
    outlet: text(200),
    date: isoDate,
    url: httpUrl.optional(),
  })
  .strict();

export const reviewSchema = z
  .object({
    author: text(300),
    date: isoDate.optional(),
    url: httpUrl.optional(),
    rating: z
      .object({
        name: text(200),
        value: z.number().finite().optional(),
        best: z.number().finite().optional(),
        worst: z.number().finite().optional(),
      })
      .strict(),
  })
  .strict()
  .describe('A fact-check of the claim, as in schema.org ClaimReview.');

export const claimSchema = z
  .object({
    id,
    statement: text(600).describe('What the claim says, in the pack author\'s own words.'),
    status: z.enum(CLAIM_STATUSES),
    statusNote: text(600).optional(),
    date: isoDate.optional().describe('When the claimed event happened or the claim was made.'),
    involved: z
      .array(z.object({ entity: id, role: z.enum(ROLES) }).strict())
      .max(32)
      .default([]),
    match: matchSchema.optional().describe('How reporting phrases the claim; derived from the statement when absent.'),
    sources: z.array(sourceSchema).max(64).default([]),
    firstReport: reportSchema.optional(),
    related: z
      .array(z.object({ claim: id, relation: z.enum(RELATIONS) }).strict())
      .max(64)
      .default([]),
    review: reviewSchema.optional(),
    appearances: z
      .array(z.object({ url: httpUrl, date: isoDate.optional(), author: text(300).optional() }).strict())
      .max(64)
      .default([]),
  })
  .strict();

export const packSchema = z
  .object({
    $schema: z.string().max(2048).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    name: text(200),
    publisher: text(200),
    version: text(40),
    updated: isoDate,
    license: text(200),
    homepage: httpUrl.optional(),
    description: text(2000).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag').default('en'),
    lexicon: z
      .record(id, z.array(text(200)).min(1).max(500))
      .default({})
      .describe('Shared synonym groups, referenced from match terms as "@name".'),
    entities: z.array(entitySchema).max(100_000).default([]),
    claims: z.array(claimSchema).max(200_000),
  })
  .strict();

export type Entity = z.infer<typeof entitySchema>;
export type MatchSpec = z.infer<typeof matchSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type FirstReport = z.infer<typeof reportSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimPack = z.infer<typeof packSchema>;
export type ClaimRelation = (typeof RELATIONS)[number];
