/**
 * Run-time shapes of every message the background accepts. Types from `messages.ts` do not
 * survive a forged or buggy message, so each call's arguments are parsed here and a message that
 * does not fit is dropped. The `satisfies` clauses keep these schemas in step with the types.
 */
import { z } from '../core/zod.js';
import { CLAIM_STATUSES } from '../core/claims/schema.js';
import { HIGHLIGHT_STYLES, type Settings } from '../core/settings.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import { LABEL_KEY_REACH } from '../core/sourcing/label-keys.js';
import { BYLINE_CHARS } from '../core/sourcing/credit-lines.js';
import type { BackgroundApi, Call, ClaimRef, FoundClaim, FrameReport, HitQuery, ScanRequest } from '../platform/messages.js';
import type { SourcingProfile } from '../core/report.js';
import type { FrameRecord } from './tab-record.js';

/** Per scan batch; the content script splits larger pages into several batches. */
export const SCAN_LIMITS = { blocks: 5_000, blockChars: 100_000, totalChars: 2_000_000 } as const;

const count = z.number().int().min(0).max(10_000_000);
const shortText = (max: number) => z.string().max(max);
const confidence = z.enum(['confident', 'possible']);
const kind = z.enum(SOURCING_KINDS);
const empty = z.object({}).strict();

const documentId = shortText(64);
const blockText = z.string().max(SCAN_LIMITS.blockChars);
const claimId = shortText(128);

const scanRequest = z
  .object({
    document: documentId,
    generation: count,
    blocks: z
      .array(z.object({ key: count, text: blockText }).strict())
      .max(SCAN_LIMITS.blocks)
      .refine((blocks) => blocks.reduce((sum, block) => sum + block.text.length, 0) <= SCAN_LIMITS.totalChars, 'too much text in one batch'),
    speakerLabels: z.array(shortText(LABEL_KEY_REACH)).max(SCAN_LIMITS.blocks),
    pageOutlet: shortText(BYLINE_CHARS).nullable(),
    runs: z
      .array(z.object({ start: count, before: z.array(blockText).max(SCAN_LIMITS.blocks) }).strict())
      .max(SCAN_LIMITS.blocks)
      .refine((runs) => runs.reduce((sum, run) => sum + run.before.reduce((chars, text) => chars + text.length, 0), 0) <= SCAN_LIMITS.totalChars, 'too much context in one batch')
      .optional(),
  })
  .strict() satisfies z.ZodType<ScanRequest>;

const hitQuery = z
  .object({ document: documentId, generation: count, block: count, start: count, claimId, text: blockText })
  .strict() satisfies z.ZodType<HitQuery>;

const foundClaim = z.object({
  id: claimId,
  statement: shortText(2_000),
  status: z.enum(CLAIM_STATUSES),
  score: z.number().min(0).max(1),
  confidence,
  anchored: z.boolean(),
  sentence: shortText(10_000),
  pageSourcing: z.array(kind).max(SOURCING_KINDS.length).optional(),
}) satisfies z.ZodType<FoundClaim>;

const profile = z.object({
  sentences: count,
  attributed: count,
  counts: z.object(Object.fromEntries(SOURCING_KINDS.map((k) => [k, count])) as Record<(typeof SOURCING_KINDS)[number], typeof count>),
  unnamedShare: z.number().min(0).max(1),
  signals: z.array(z.object({ name: shortText(200), explanation: shortText(1_000) })).max(32),
}) satisfies z.ZodType<SourcingProfile>;

const claimRef = z.object({ id: claimId, anchored: z.boolean(), block: count, start: count }).strict() satisfies z.ZodType<ClaimRef>;

/** Blocks named per report: a page's every block, whatever the number of scan batches it took. */
const MAX_REPORTED_BLOCKS = 200_000;

const frameReport = z
  .object({
    url: shortText(8_192),
    generation: count,
    document: documentId,
    session: count,
    blocks: z.array(count).max(MAX_REPORTED_BLOCKS),
    claims: z.array(claimRef).max(2_000),
    leaving: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<FrameReport>;

/** A frame as kept in session storage (checked again when read back). */
export const storedFrameSchema = z.object({
  url: shortText(8_192),
  generation: count,
  claims: z.array(foundClaim).max(2_000),
  profile,
  document: documentId.optional(),
  receivedAt: z.number(),
}) satisfies z.ZodType<FrameRecord>;

export const settingsSchema = z
  .object({
    confidence,
    highlightStyle: z.enum(HIGHLIGHT_STYLES),
    paintKinds: z.array(kind).max(SOURCING_KINDS.length),
    pausedSites: z.array(z.string().min(1).max(253)).max(10_000),
    screenReaderMode: z.boolean(),
  })
  .strict() satisfies z.ZodType<Settings>;

const packId = shortText(300);

const argsSchemas = {
  scan: scanRequest,
  explainHit: hitQuery,
  reportFrame: frameReport,
  getTabReport: z.object({ tabId: z.number().int().min(0) }).strict(),
  getSettings: empty,
  updateSettings: z.object({ patch: settingsSchema.partial().strict() }).strict(),
  listPacks: empty,
  importPack: z.object({ fileName: shortText(1_000), text: z.string() }).strict(),
  setPackEnabled: z.object({ packId, enabled: z.boolean() }).strict(),
  removePack: z.object({ packId }).strict(),
  getNotices: empty,
  dismissNotice: z.object({ id: shortText(200) }).strict(),
} satisfies { [K in keyof BackgroundApi]: z.ZodType };

/** Parses a runtime message into a typed call, or null when anything about it is unexpected. */
export function parseCall(message: unknown): Call<BackgroundApi> | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { type, args, ...rest } = message as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof type !== 'string' || !Object.hasOwn(argsSchemas, type)) return null;
  const parsed = argsSchemas[type as keyof typeof argsSchemas].safeParse(args);
  return parsed.success ? ({ type, args: parsed.data } as Call<BackgroundApi>) : null;
}
