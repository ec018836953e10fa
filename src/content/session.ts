/**
 * One annotation session of a frame: reads the page's blocks, has the background scan them
 * (the blocks on screen in a first small message, the rest in as few large ones as the
 * background accepts, all sent at once), paints what comes back, and keeps it in step as the
 * page changes. All work runs in short slices that yield to the page, one job at a time, and
 * stops as soon as the session's signal is aborted.
 */
import type { Settings } from '../core/settings.js';
import { HitIndex } from '../page/hit-test.js';
import type { HighlightPainter } from '../page/painter.js';
import { TimeSlice, type TaskClock } from '../page/scheduler.js';
import type { ScreenReaderMarks } from '../page/sr-markup.js';
import type { TextBlock } from '../page/text-block.js';
import type { ClaimLabel, HitDetails, HitQuery, ScanReply, ScanRequest } from '../platform/messages.js';
import { HitExplanations } from './hit-explanations.js';
import { paintRecord, unpaintRecord, type PaintTools } from './paint-record.js';
import { JobQueue } from './job-queue.js';
import { PageOrder } from './page-order.js';
import { blockRoots, keepUnchanged, takeRecordsUnder } from './reread.js';
import { scanBatches } from './scan-batches.js';
import { batchRuns, PAGE_CONTEXT, PageText, REREAD_CONTEXT, type ContextBudget } from './scan-runs.js';
import { PageKeys } from './page-keys.js';
import { readBlocks, type ReadContext } from './read-blocks.js';
import { sentencesByBlock, type BlockRecord, type FoundSentence, type PaintedSentence } from './records.js';

export interface SessionContext extends ReadContext {
  doc: Document;
  settings: Settings;
  painter: HighlightPainter;
  marks: ScreenReaderMarks;
  /** Records how long each task of ours runs. */
  clock: TaskClock;
  /** Changes each time the page's DOM changes (see MutationWatch.epoch). */
  epoch: () => number;
  /** This document's random id, on every scan (see `FrameReport.document`). */
  document: string;
  scan: (request: ScanRequest) => Promise<ScanReply>;
  /** Asks why a sentence matched a claim, with the claim's details (for its tooltip). */
  explain: (query: HitQuery) => Promise<HitDetails | null>;
  /** Told after each batch is painted (the first paints the reader sees). */
  onBatchPainted: () => void;
  /** Told when the painted claims changed, after each job. */
  onChanged: (initial: boolean) => void;
}

interface CachedScan {
  results: FoundSentence[];
  scanKey: number;
}

export class Session {
  readonly records = new Map<number, BlockRecord>();
  /** Statement and status of every claim found, by id. */
  readonly labels = new Map<string, ClaimLabel>();
  readonly hits = new HitIndex<PaintedSentence>();
  /** The records in page order: what reports list, and where a scan's context comes from. */
  readonly order = new PageOrder<BlockRecord>();
  /** By block text: a text read again (re-rendered, repeated) is painted without a scan. */
  private readonly cache = new Map<string, CachedScan>();
  private readonly explanations: HitExplanations;
  private readonly pageKeys = new PageKeys();
  private readonly slice: TimeSlice;
  private readonly tools: PaintTools;
  private nextKey = 1;
  private readonly jobs: JobQueue;

  constructor(
    private readonly ctx: SessionContext,
    /** The scans' generation: reports name blocks by this session's scan keys. */
    readonly generation: number,
    private readonly signal: AbortSignal,
  ) {
    this.tools = { painter: ctx.painter, marks: ctx.marks, hits: this.hits, settings: ctx.settings, labels: this.labels };
    this.slice = new TimeSlice(ctx.clock);
    this.jobs = new JobQueue(signal);
    this.explanations = new HitExplanations(ctx.explain, { document: ctx.document, generation });
  }

  readPage(): Promise<void> {
    return this.jobs.add(() => this.read([this.ctx.doc.body ?? this.ctx.doc.documentElement], true));
  }

  /** Re-reads the blocks around nodes that changed. */
  reread(changed: readonly Node[]): Promise<void> {
    const { doc, rules, skip } = this.ctx;
    return this.jobs.add(() => this.read(blockRoots(changed, doc, rules, skip), false));
  }

  /**
   * Sends the text of the blocks scanned under `scanKeys` again, for a background that no
   * longer holds those scans (it was stopped, or let them go): the page is already painted,
   * only the background needs the results. One message per batch, as in a read; each text's
   * first block in the page goes, with the text before it.
   */
  rescan(scanKeys: readonly number[]): Promise<void> {
    return this.jobs.add(async () => {
      const wanted = new Set(scanKeys);
      const unique = new Map<number, BlockRecord>();
      for (const record of this.order.records()) if (record.scanned && wanted.has(record.scanKey) && !unique.has(record.scanKey)) unique.set(record.scanKey, record);
      const replies: Promise<unknown>[] = [];
      const page = new PageText(this.order.blocks());
      for (const batch of scanBatches([...unique.values()], 0)) {
        if (replies.length > 0) await this.slice.pause(this.signal);
        // Only the background needs these answers: one that fails leaves its report as it was.
        replies.push(this.ctx.scan(this.request(batch, page, PAGE_CONTEXT, (record) => record.scanKey)).catch(() => undefined));
      }
      this.slice.end();
      await Promise.all(replies);
    });
  }

  /** Why the sentence matched `claimId`, with the claims its tooltip shows; asked once per sentence and claim. */
  explain(sentence: PaintedSentence, claimId: string): Promise<HitDetails | null> {
    return this.explanations.explain(sentence, claimId);
  }

  /** `page`: the blocks read, for each run's `context`. */
  private request(batch: readonly BlockRecord[], page: PageText<TextBlock>, context: ContextBudget, keyOf = (record: BlockRecord) => record.key): ScanRequest {
    return {
      document: this.ctx.document,
      generation: this.generation,
      blocks: batch.map((record) => ({ key: keyOf(record), text: record.block.text })),
      ...this.pageKeys.forBatch(batch.map((record) => record.block.text)),
      runs: batchRuns(batch.map((record) => record.block), page, context),
    };
  }

  /** The records scanned before that this read tags anew (see PageKeys.update); cached scans of such texts are dropped. */
  private relabel(fresh: readonly BlockRecord[], page: PageText<TextBlock>): BlockRecord[] {
    const relabelled = this.pageKeys.update(page.blocks.map((block) => block.text));
    if (!relabelled) return [];
    for (const text of this.cache.keys()) if (relabelled(text)) this.cache.delete(text);
    const isFresh = new Set(fresh);
    return [...this.records.values()].filter((record) => record.scanned && !isFresh.has(record) && relabelled(record.block.text));
  }

  private async read(roots: readonly Element[], initial: boolean): Promise<void> {
    this.slice.resume();
    const epoch = this.ctx.epoch();
    const previous = initial ? [] : takeRecordsUnder(this.records, roots);
    this.order.remove(previous);
    const blocks = await readBlocks(roots, this.ctx, this.slice, this.signal);
    // Read across several tasks: the page may have changed in between, then offsets are checked.
    const unchanged = this.ctx.epoch() === epoch;
    const { read, fresh } = keepUnchanged(blocks, previous, this.records, this.tools, (block) => this.newRecord(block));
    for (const record of fresh) this.records.set(record.key, record);
    this.order.place(read, initial);
    const page = new PageText(this.order.blocks());
    // Blocks read before whose label now recurs, or no longer does, or that name the page's outlet found anew, are tagged again.
    const pending = this.relabel(fresh, page);
    for (const record of fresh) {
      const cached = this.cache.size > 0 ? this.cache.get(record.block.text) : undefined;
      if (!cached) pending.push(record);
      else if (this.paint(record, cached, epoch, unchanged)) await this.slice.pause(this.signal);
    }
    // Every message goes out before any answer is awaited (the background answers them in
    // order, the screen's first), each in a task of its own: sending a long page's text takes a while.
    const sent: { batch: BlockRecord[]; reply: Promise<ScanReply> }[] = [];
    for (const batch of scanBatches(pending, this.ctx.doc.defaultView?.innerHeight ?? 0)) {
      if (sent.length > 0) await this.slice.pause(this.signal);
      const reply = this.ctx.scan(this.request(batch, page, initial ? PAGE_CONTEXT : REREAD_CONTEXT));
      reply.catch(() => undefined); // awaited below; must not count as unhandled meanwhile
      sent.push({ batch, reply });
    }
    this.slice.end();
    for (const { batch, reply } of sent) await this.paintReply(batch, await reply, epoch, unchanged);
    this.ctx.onChanged(initial);
    this.slice.end();
  }

  private async paintReply(batch: BlockRecord[], reply: ScanReply, epoch: number, unchangedWhenRead: boolean): Promise<void> {
    this.signal.throwIfAborted();
    this.slice.resume();
    for (const [id, label] of Object.entries(reply.claims)) this.labels.set(id, label);
    const results = sentencesByBlock(batch, reply.sentences);
    const unchanged = unchangedWhenRead && this.ctx.epoch() === epoch;
    for (const [index, record] of batch.entries()) {
      const scanned: CachedScan = { results: results[index]!, scanKey: record.key };
      this.cache.set(record.block.text, scanned);
      if (this.records.get(record.key) === record && this.paint(record, scanned, epoch, unchanged)) await this.slice.pause(this.signal);
    }
    this.ctx.onBatchPainted();
  }

  /** True when it is time to yield. Synchronous: the hundreds of blocks of a reply cost no promise each. */
  private paint(record: BlockRecord, scanned: CachedScan, epoch: number, unchanged: boolean): boolean {
    // A block painted before (tagged again, see relabel) was read before this job: its offsets are checked.
    const repaint = record.scanned;
    if (repaint) unpaintRecord(record, this.tools, this.records.values());
    record.scanKey = scanned.scanKey;
    record.scanned = true;
    paintRecord(record, scanned.results, this.tools, !repaint && unchanged && this.ctx.epoch() === epoch);
    return this.slice.due();
  }

  private newRecord(block: TextBlock): BlockRecord {
    const key = this.nextKey++;
    return { key, scanKey: key, block, results: [], claims: [], cueRanges: [], scanned: false };
  }
}
