/**
 * Every message between the content script, the background and the extension pages, typed in
 * one place. Each side's API is a map from call name to (args) => result; `Call<Api>` is the
 * message that invokes one of them. Receivers still check each message's shape at run time
 * (see `background/message-schemas.ts` and `content/listener.ts`): types do not survive a page
 * that forges messages.
 */
import type { Claim, ClaimStatus } from '../core/claims/schema.js';
import type { ClaimHit, Confidence, SourcingCue, SourcingProfile } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import type { Problem } from '../core/claims/validate.js';
import type { SourcingKind } from '../core/sourcing-kinds.js';

/** A claim as the UI shows it: the pack entry plus which pack it came from. */
export interface ClaimView extends Claim {
  packId: string;
  packName: string;
}

export interface ScanRequest {
  /** The content script's random id of its document (see `FrameReport.document`). */
  document: string;
  /** Increases on every fresh report of the frame (navigation, re-render); stale replies are dropped. */
  generation: number;
  /** Blocks of visible text; `key` is the content script's handle for the block. */
  blocks: { key: number; text: string }[];
  /** Labels opening these blocks that open two or more of the document's (a transcript's speakers), so a batch is tagged as the whole page would be. */
  speakerLabels: string[];
  /** The document's own outlet as its byline or masthead names it (core pageOutlet), or null: its own reporting is not relayed, whichever batch holds the byline. */
  pageOutlet: string | null;
  /** Where a run of `blocks` follows other page text: the text just before it, read first as the whole page would be (see core ScanOptions.runs). */
  runs?: { start: number; before: string[] }[];
}

/** A claim hit as a scan reply carries it: why it matched is asked for when a tooltip shows it (`explainHit`). */
export type HitSummary = Omit<ClaimHit, 'reasons'>;

/** A sourcing cue by its place in the block's text (the words are the block's own). */
export type CueSpan = [kind: SourcingKind, start: number, end: number];

/** Cue spans back to cues, with their words from the block's `text`. */
export function cuesInText(text: string, spans: readonly CueSpan[]): SourcingCue[] {
  return spans.map(([kind, start, end]) => ({ kind, cue: text.slice(start, end), start, end }));
}

/**
 * A sentence with a claim or a sourcing cue, by its place in one block of the request: the
 * content script has the text. Tuples, not objects: a long page's reply holds thousands.
 */
export type SentenceSpan = [block: number, start: number, end: number, cues: CueSpan[], hits?: HitSummary[]];

/** What the page shows of a claim before its tooltip opens (screen-reader descriptions). */
export type ClaimLabel = Pick<ClaimView, 'statement' | 'status'>;

export interface ScanReply {
  /** Sentences with a claim or a sourcing cue, `block` being the index into the request's blocks. */
  sentences: SentenceSpan[];
  /** Every claim referenced by a hit. */
  claims: Record<string, ClaimLabel>;
}

/** A tooltip's question: why a sentence the background found matched a claim. */
export interface HitQuery {
  document: string;
  /** The scan (`ScanRequest.generation`, `key`) that found the sentence, and its offsets. */
  generation: number;
  block: number;
  start: number;
  claimId: string;
  /** The block's text: scanned again when the background no longer holds that scan. */
  text: string;
}

export interface HitDetails {
  reasons: string[];
  /** The claim, and the claims the tooltip names beside it (related, competing). */
  claims: Record<string, ClaimView>;
}

/** One claim found in a frame, as reported for the badge and the popup. */
export interface FoundClaim {
  id: string;
  statement: string;
  status: ClaimStatus;
  score: number;
  confidence: Confidence;
  /** False when the sentence was recognised but could not be painted (hidden, split oddly). */
  anchored: boolean;
  /** The sentence it was found in, as the page words it. */
  sentence: string;
  /** How the page's sentence itself is sourced (the tagger's kinds for that sentence). */
  pageSourcing?: SourcingKind[];
  /** Set by the background in a TabReport: the frame that reported it, where `showClaim` goes. */
  frameId?: number;
}

/** A claim a frame shows, named by the sentence the background found it in. */
export interface ClaimRef {
  id: string;
  /** False when the sentence was recognised but could not be painted (hidden, split oddly). */
  anchored: boolean;
  /** The block's scan key and the sentence's start in it. */
  block: number;
  start: number;
}

/**
 * What a frame shows, by reference to what the background scanned for it: the background
 * builds the frame's claims and sourcing profile from its own scan results, so a frame can
 * neither re-send the page's sentences nor claim anything the background did not find.
 */
export interface FrameReport {
  url: string;
  generation: number;
  /**
   * A random id the content script picks once per document: tells a reload (same URL, new
   * document) from a rescan, and a late report of the previous document from the current one.
   */
  document: string;
  /** The scans (`ScanRequest.generation`) that `blocks` and `claims` name. */
  session: number;
  /** The scan key of every block on the page, in page order (a text shown twice, twice). */
  blocks: number[];
  claims: ClaimRef[];
  /** True on the report a document sends as it goes away (pagehide, not persisted). */
  leaving?: boolean;
}

/**
 * `resend`: the scan keys of the named blocks the background does not hold (it was stopped
 * without a stored copy, or let them go): the frame scans those blocks again and reports again.
 */
export type ReportAnswer = 'ok' | { resend: number[] };

export interface TabReport {
  tabId: number;
  url: string;
  /** True when the reader paused Sourcelight on this site. */
  paused: boolean;
  claims: FoundClaim[];
  claimViews: Record<string, ClaimView>;
  profile: SourcingProfile;
  /** Something the reader should know about, e.g. storage trouble; shown in the popup. */
  notice?: string;
}

export interface PackInfo {
  id: string;
  name: string;
  publisher: string;
  version: string;
  updated: string;
  license: string;
  homepage?: string;
  description?: string;
  claimCount: number;
  bundled: boolean;
  enabled: boolean;
  /** Set when the stored copy could not be read back; the pack is kept but not used. */
  problem?: string;
}

/** Something that went wrong in the background that the reader should know about. */
export interface Notice {
  id: string;
  message: string;
}

/** `replaced`: the version of a pack with the same name and publisher that the import replaced. */
export type ImportResult = { ok: true; pack: PackInfo; unmapped: string[]; replaced?: string } | { ok: false; problems: Problem[] };

/** Calls the background answers, from content scripts and extension pages. */
export interface BackgroundApi {
  scan(args: ScanRequest): ScanReply;
  explainHit(args: HitQuery): HitDetails | null;
  reportFrame(args: FrameReport): ReportAnswer;
  getTabReport(args: { tabId: number }): TabReport | null;
  getSettings(args: Record<string, never>): Settings;
  updateSettings(args: { patch: Partial<Settings> }): Settings;
  listPacks(args: Record<string, never>): PackInfo[];
  importPack(args: { fileName: string; text: string }): ImportResult;
  setPackEnabled(args: { packId: string; enabled: boolean }): PackInfo[];
  removePack(args: { packId: string }): PackInfo[];
  getNotices(args: Record<string, never>): Notice[];
  dismissNotice(args: { id: string }): Notice[];
}

/** Calls a content script answers, from the background and the popup. */
export interface ContentApi {
  /** Scrolls to the claim's sentence and opens its tooltip; false when it is not painted. */
  showClaim(args: { claimId: string }): boolean;
  /** Moves to the next (1) or previous (-1) claim and opens its tooltip. */
  stepClaim(args: { direction: 1 | -1 }): boolean;
  /** Settings or packs changed: rescan with them. */
  refresh(args: { settings: Settings }): void;
}

export type Call<Api> = { [K in keyof Api]: Api[K] extends (args: infer A) => unknown ? { type: K; args: A } : never }[keyof Api];
export type Result<Api, K extends keyof Api> = Api[K] extends (args: never) => infer R ? R : never;
export type Args<Api, K extends keyof Api> = Api[K] extends (args: infer A) => unknown ? A : never;
