/**
 * Run-time shapes of every message the background accepts. Types from `messages.ts` do not
 * survive a forged or buggy message, so each call's arguments are parsed here and a message that
 * does not fit is dropped. The `satisfies` clauses keep these schemas in step with the types.
 */
import { z } from '../core/zod.js';
import { CLAIM_STATUSES } from '../core/claims/schema.js';
import { HIGHLIGHT_STYLES, type Settings } from '../core/settings.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import type { BackgroundApi, Call, FoundClaim, FrameReport, FrameSourcing, ScanRequest } from '../platform/messages.js';
import type { SentenceResult, SourcingProfile } from '../core/report.js';
import type { FrameRecord } from './tab-record.js';

/** Per scan batch; the content script splits larger pages into several batches. */
export const SCAN_LIMITS = { blocks: 5_000, blockChars: 100_000, totalChars: 2_000_000 } as const;

const count = z.number().int().min(0).max(10_000_000);
const shortText = (max: number) => z.string().max(max);
const confidence = z.enum(['confident', 'possible']);
const kind = z.enum(SOURCING_KINDS);
const empty = z.object({}).strict();

const scanRequest = z
  .object({
    generation: count,
    blocks: z
      .array(z.object({ key: count, text: z.string().max(SCAN_LIMITS.blockChars) }).strict())
      .max(SCAN_LIMITS.blocks)
      .refine((blocks) => blocks.reduce((sum, block) => sum + block.text.length, 0) <= SCAN_LIMITS.totalChars, 'too much text in one batch'),
  })
  .strict() satisfies z.ZodType<ScanRequest>;

const hit = z.object({
  id: shortText(128),
  score: z.number().min(0).max(1),
  confidence,
  reasons: z.array(shortText(500)).max(64),
  related: z.array(shortText(128)).max(64).optional(),
});

const foundClaim = z.object({
  id: shortText(128),
  statement: shortText(2_000),
  status: z.enum(CLAIM_STATUSES),
  score: z.number().min(0).max(1),
  confidence,
  anchored: z.boolean(),
  sentence: shortText(10_000),
  hit,
  pageSourcing: z.array(kind).max(SOURCING_KINDS.length).optional(),
}) satisfies z.ZodType<FoundClaim>;

const profile = z.object({
  sentences: count,
  attributed: count,
  counts: z.object(Object.fromEntries(SOURCING_KINDS.map((k) => [k, count])) as Record<(typeof SOURCING_KINDS)[number], typeof count>),
  unnamedShare: z.number().min(0).max(1),
  signals: z.array(z.object({ name: shortText(200), explanation: shortText(1_000) })).max(32),
}) satisfies z.ZodType<SourcingProfile>;

const cue = z.object({ kind, cue: shortText(500), start: count, end: count });

const sentenceResult = z.object({
  block: count,
  start: count,
  end: count,
  text: shortText(10_000),
  claims: z.array(hit).max(32),
  sourcing: z.array(cue).max(64),
}) satisfies z.ZodType<SentenceResult>;

/** Sourcing of one frame: bounded in count and in text, like a scan batch. */
const frameSourcing = z.object({
  sentences: z
    .array(sentenceResult)
    .max(50_000)
    .refine((sentences) => sentences.reduce((sum, s) => sum + s.text.length, 0) <= 5_000_000, 'too much text in one report'),
  sentenceCount: count,
}) satisfies z.ZodType<FrameSourcing>;

const frameReport = z.object({
  url: shortText(8_192),
  generation: count,
  claims: z.array(foundClaim).max(2_000),
  sourcing: frameSourcing,
  document: shortText(64).optional(),
  leaving: z.boolean().optional(),
}) satisfies z.ZodType<FrameReport>;

/** A frame as kept in session storage (checked again when read back). */
export const storedFrameSchema = z.object({
  url: shortText(8_192),
  generation: count,
  claims: z.array(foundClaim).max(2_000),
  profile,
  document: shortText(64).optional(),
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
