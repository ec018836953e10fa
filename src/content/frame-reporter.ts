/**
 * Tells the background what a frame shows: its blocks by scan key and its claims by sentence
 * (the background builds the report from its own scan results), and announces the count to
 * screen readers. A background that lost some scans (stopped with no stored copy, or let them
 * go) names them: those blocks are scanned again and the report follows.
 */
import type { TaskClock } from '../page/scheduler.js';
import { callBackground } from '../platform/browser.js';
import type { ClaimRef, FrameReport, ReportAnswer } from '../platform/messages.js';
import { tCount } from '../ui/shared/i18n.js';
import { claimRefs, reportedBlocks } from './records.js';
import type { Session } from './session.js';

export interface ReporterContext {
  view: Window;
  /** This document's random id (see `FrameReport.document`). */
  document: string;
  /** The frame's generation counter, shared with its sessions: every report is newer than the session it names. */
  nextGeneration: () => number;
  clock: TaskClock;
  announce: (text: string) => void;
}

export class FrameReporter {
  constructor(private readonly ctx: ReporterContext) {}

  /** Reports `session` while `current()` holds, with a rescan when the background asks for one. */
  async report(session: Session, current: () => boolean): Promise<void> {
    if (!current()) return;
    const claims = claimRefs(session.order.records(), session.labels);
    const shown = claims.filter((claim) => claim.anchored).length;
    if (shown > 0) this.announceCount(shown);
    const answer = await this.send(session, claims);
    if (answer === 'ok' || !current()) return;
    await session.rescan(answer.resend);
    if (current()) await this.send(session, claimRefs(session.order.records(), session.labels));
  }

  /**
   * `session` null: nothing read (paused, no body). `leaving`: the document goes away; the
   * background drops its report if it is still the one on record. Resolves to the background's
   * answer, 'ok' when it could not be reached.
   */
  send(session: Session | null, claims: ClaimRef[] = [], leaving = false): Promise<ReportAnswer> {
    const report: FrameReport = {
      url: this.ctx.view.location.href,
      generation: this.ctx.nextGeneration(),
      document: this.ctx.document,
      session: session?.generation ?? 0,
      blocks: session ? reportedBlocks(session.order.records()) : [],
      claims,
      ...(leaving ? { leaving } : {}),
    };
    return callBackground('reportFrame', report).catch((): ReportAnswer => 'ok');
  }

  /**
   * Two idle tasks of their own: the first number formatting in a page loads locale data
   * (about 30 ms in Chromium), and the live region's first rendering creates the shadow host.
   */
  private announceCount(count: number): void {
    const { clock, announce } = this.ctx;
    requestIdleCallback(() => {
      const text = clock.time(() => tCount('liveClaims', count));
      requestIdleCallback(() => clock.time(() => announce(text)));
    });
  }
}
