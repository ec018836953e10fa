/**
 * The content script's lifetime in one frame: loads the reader's settings, runs an annotation
 * session (or none, on a paused site), restarts it on single-page navigation and on `refresh`,
 * and reports what it painted. Each session owns an AbortController; aborting it removes every
 * listener, timer, highlight and mark the session made.
 */
import type { Settings } from '../core/settings.js';
import { browserLayoutRules } from '../page/layout-browser.js';
import type { LayoutRules } from '../page/layout-rules.js';
import { pageScheme } from '../page/highlight-styles.js';
import { MutationWatch } from '../page/mutation-watch.js';
import { afterNextFrame, TaskClock } from '../page/scheduler.js';
import { HighlightPainter } from '../page/painter.js';
import { ScreenReaderMarks } from '../page/sr-markup.js';
import { callBackground } from '../platform/browser.js';
import type { FoundClaim, FrameSourcing } from '../platform/messages.js';
import { tCount } from '../ui/shared/i18n.js';
import { TooltipController } from '../ui/tooltip/controller.js';
import { watchHover } from './hover.js';
import { listenForCalls } from './listener.js';
import { watchLocation } from './location-watch.js';
import { ClaimPresenter } from './presenter.js';
import { foundClaims, hasClaim } from './records.js';
import { Session } from './session.js';

const KEEP_ALIVE_MS = 2000;
const REPORT_DELAY_MS = 300;
const PUBLISH_DELAY_MS = 1500;
/** The report of a frame Sourcelight did not read (paused, no body, left). */
const NOTHING_READ: FrameSourcing = { sentences: [], sentenceCount: 0 };

interface Running {
  controller: AbortController;
  session: Session;
  painter: HighlightPainter;
  shadowRoots: ShadowRoot[];
  /** The body being watched; a page that swaps in a new one gets a fresh session. */
  body: HTMLElement;
}

export class ContentApp {
  private readonly rules: LayoutRules;
  private readonly marks = new ScreenReaderMarks();
  private readonly tooltip: TooltipController;
  private readonly presenter: ClaimPresenter;
  private settings: Settings | null = null;
  private running: Running | null = null;
  private generation = 0;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private marked = { firstHighlight: false, painted: false };
  private readonly clock = new TaskClock();

  constructor(
    private readonly doc: Document,
    private readonly view: Window,
    signal: AbortSignal,
  ) {
    this.rules = browserLayoutRules(view);
    this.tooltip = new TooltipController(doc, signal, () => this.presenter.closed());
    this.presenter = new ClaimPresenter(view, this.tooltip, () => this.running);
    watchHover(doc, this.tooltip, this.presenter, { hits: () => this.running?.session.hits ?? null, shadowRoots: () => this.running?.shadowRoots ?? [] }, signal);
    listenForCalls(
      {
        showClaim: ({ claimId }) => this.presenter.showClaim(claimId),
        stepClaim: ({ direction }) => this.presenter.step(direction),
        refresh: ({ settings }) => this.restart(settings),
      },
      signal,
    );
    watchLocation(view, () => this.settings && this.restart(this.settings), signal);
    view.addEventListener('pagehide', (event) => !event.persisted && this.sendReport([], NOTHING_READ), { signal });
    view.addEventListener('pageshow', (event) => event.persisted && this.settings && this.restart(this.settings), { signal });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  async start(): Promise<void> {
    const settings = await callBackground('getSettings', {});
    // Let the page finish its own first layout and paint; our first reads would otherwise force it.
    await afterNextFrame();
    this.restart(settings);
  }

  private restart(settings: Settings): void {
    this.settings = settings;
    this.stop();
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on' || this.isPaused(settings)) return this.sendReport([], NOTHING_READ);
    const controller = new AbortController();
    const signal = controller.signal;
    // Read the page's colours before our sheet joins the page and invalidates its style.
    const scheme = pageScheme(this.doc);
    const painter = new HighlightPainter(this.doc);
    painter.configure(settings.highlightStyle, scheme);
    const shadowRoots: ShadowRoot[] = [];
    const watch = new MutationWatch({ ignore: (node) => node === this.tooltip.host, onChange: (changed) => this.onPageChanged(changed) }, signal);
    const session = new Session(
      {
        doc: this.doc,
        settings,
        rules: this.rules,
        painter,
        marks: this.marks,
        clock: this.clock,
        skip: (element) => element === this.tooltip.host,
        scan: (request) => callBackground('scan', request),
        onShadowRoot: (root) => {
          if (shadowRoots.includes(root)) return;
          shadowRoots.push(root);
          painter.adopt(root);
          watch.observe(root);
        },
        onBatchPainted: () => this.markFirstHighlight(),
        onChanged: (initial) => this.onSessionChanged(initial),
      },
      ++this.generation,
      signal,
    );
    watch.observe(body);
    const keepAlive = setInterval(() => {
      if (this.doc.body !== body) return this.restart(settings);
      painter.keepAlive();
    }, KEEP_ALIVE_MS);
    signal.addEventListener('abort', () => clearInterval(keepAlive), { once: true });
    this.running = { controller, session, painter, shadowRoots, body };
    // The new sheet restyles the page: let the browser do that in its own rendering step, not in
    // our first read of computed styles.
    void afterNextFrame().then(() => {
      if (!signal.aborted) session.readPage().catch(() => undefined);
    });
  }

  private stop(): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    running.controller.abort();
    this.tooltip.close(false);
    running.painter.dispose();
    this.marks.clear();
    clearTimeout(this.reportTimer);
  }

  private onPageChanged(changed: Node[]): void {
    const running = this.running;
    if (!running) return;
    running.painter.keepAlive();
    running.session.reread(changed).catch(() => undefined);
  }

  private onSessionChanged(initial: boolean): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(this.reportTimer);
    if (!initial) {
      this.reportTimer = setTimeout(() => this.clock.time(() => this.report()), REPORT_DELAY_MS);
      return;
    }
    this.report();
    if (this.marked.painted) return;
    this.marked.painted = true;
    performance.mark('sourcelight:painted');
    // The figures cover the load's follow-up tasks too (announcement, its delayed text).
    setTimeout(() => this.clock.publish('sourcelight:longest-task'), PUBLISH_DELAY_MS);
  }

  private markFirstHighlight(): void {
    if (this.marked.firstHighlight || !this.running || this.running.session.hits.size === 0) return;
    this.marked.firstHighlight = true;
    performance.mark('sourcelight:first-highlight');
  }

  private report(): void {
    const running = this.running;
    if (!running) return;
    const records = [...running.session.records.values()];
    const claims = foundClaims(records, running.session.views);
    // The background builds the sourcing profile from the tagged sentences (see FrameSourcing).
    const sentences = records.flatMap((record) => record.sentences.filter((s) => s.result.sourcing.length > 0).map((s) => s.result));
    const sentenceCount = records.reduce((sum, record) => sum + record.sentenceCount, 0);
    this.sendReport(claims, { sentences, sentenceCount });
    const shown = new Set(records.flatMap((record) => record.sentences.filter((s) => s.anchored && hasClaim(s)).flatMap((s) => s.result.claims.map((hit) => hit.id))));
    if (shown.size > 0) this.announceCount(shown.size);
  }

  /**
   * Two idle tasks of their own: the first number formatting in a page loads locale data
   * (about 30 ms in Chromium), and the live region's first rendering creates the shadow host.
   */
  private announceCount(count: number): void {
    requestIdleCallback(() => {
      const text = this.clock.time(() => tCount('liveClaims', count));
      requestIdleCallback(() => this.clock.time(() => this.tooltip.announce(text)));
    });
  }

  private sendReport(claims: FoundClaim[], sourcing: FrameSourcing): void {
    callBackground('reportFrame', { url: this.view.location.href, generation: ++this.generation, claims, sourcing }).catch(() => undefined);
  }

  /** Only the top frame knows the site; the background answers subframes' scans with nothing on a paused site. */
  private isPaused(settings: Settings): boolean {
    return this.view === this.view.top && settings.pausedSites.includes(this.view.location.hostname);
  }
}
