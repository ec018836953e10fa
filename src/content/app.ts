/**
 * The content script's lifetime in one frame: loads the reader's settings, runs an annotation
 * session (or none, on a paused site), restarts it on single-page navigation and on `refresh`,
 * and reports what it painted. Each session owns an AbortController; aborting it removes every
 * listener, timer, highlight and mark the session made.
 *
 * What the reader sees comes first: the report to the background and the live region's
 * announcement run in idle time once the page is painted, each in a task of its own.
 */
import type { Settings } from '../core/settings.js';
import { browserLayoutRules } from '../page/layout-browser.js';
import type { LayoutRules } from '../page/layout-rules.js';
import { MutationWatch } from '../page/mutation-watch.js';
import { HighlightPainter } from '../page/painter.js';
import { TaskClock, whenIdle } from '../page/scheduler.js';
import { ScreenReaderMarks } from '../page/sr-markup.js';
import { callBackground } from '../platform/browser.js';
import { TooltipController } from '../ui/tooltip/controller.js';
import { benchMark, benchMeasure } from './bench-marks.js';
import { watchHover } from './hover.js';
import { listenForCalls } from './listener.js';
import { watchLocation } from './location-watch.js';
import { randomDocumentId, watchLifecycle } from './page-lifecycle.js';
import { FrameReporter } from './frame-reporter.js';
import { ClaimPresenter } from './presenter.js';
import { Session } from './session.js';

const KEEP_ALIVE_MS = 2000;
/** Later changes are reported once the page has been quiet this long. */
const REPORT_DELAY_MS = 300;
/** Idle callbacks wait at most this long on a page that is never idle. */
const IDLE_TIMEOUT_MS = 200;
const PUBLISH_DELAY_MS = 1500;

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
  private readonly reporter: FrameReporter;
  private settings: Settings | null = null;
  private running: Running | null = null;
  private generation = 0;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private marked = { firstHighlight: false, painted: false };
  /** Hover listeners exist once something is painted: a page without claims gets none. */
  private hovering = false;
  private readonly clock = new TaskClock();
  /** On every report of this document (see page-lifecycle.ts). */
  private readonly documentId = randomDocumentId();

  constructor(
    private readonly doc: Document,
    private readonly view: Window,
    private readonly signal: AbortSignal,
  ) {
    this.rules = browserLayoutRules(view);
    this.tooltip = new TooltipController(doc, signal, () => this.presenter.closed());
    this.presenter = new ClaimPresenter(view, this.tooltip, () => this.running);
    this.reporter = new FrameReporter({
      view,
      document: this.documentId,
      nextGeneration: () => ++this.generation,
      clock: this.clock,
      announce: (text) => this.tooltip.announce(text),
    });
    listenForCalls(
      {
        showClaim: ({ claimId }) => this.presenter.showClaim(claimId),
        stepClaim: ({ direction }) => this.presenter.step(direction),
        refresh: ({ settings }) => this.restart(settings),
      },
      signal,
    );
    watchLocation(view, () => this.settings && this.restart(this.settings), signal);
    watchLifecycle(view, { leaving: () => void this.reporter.send(null, [], true), restored: () => this.settings && this.restart(this.settings) }, signal);
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  async start(): Promise<void> {
    const settings = callBackground('getSettings', {});
    // Meanwhile the page finishes its own first layout and paint; our reads would otherwise force it.
    await whenIdle(IDLE_TIMEOUT_MS);
    this.restart(await settings);
  }

  private restart(settings: Settings): void {
    this.settings = settings;
    this.stop();
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on' || this.isPaused(settings)) return void this.reporter.send(null);
    const controller = new AbortController();
    const signal = controller.signal;
    const painter = new HighlightPainter(this.doc, settings.highlightStyle);
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
        epoch: () => watch.epoch,
        skip: (element) => element === this.tooltip.host,
        document: this.documentId,
        scan: (request) => callBackground('scan', request),
        explain: (query) => callBackground('explainHit', query),
        onShadowRoot: (root) => {
          if (shadowRoots.includes(root)) return;
          shadowRoots.push(root);
          painter.adopt(root);
          watch.observe(root);
        },
        onBatchPainted: () => this.onBatchPainted(),
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
    session.readPage().catch(() => undefined);
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
      this.reportTimer = setTimeout(() => this.clock.time(() => void this.report(running)), REPORT_DELAY_MS);
      return;
    }
    requestIdleCallback(() => this.clock.time(() => void this.report(running)), { timeout: IDLE_TIMEOUT_MS });
    if (this.marked.painted) return;
    this.marked.painted = true;
    benchMark('painted');
    // The figures cover the load's follow-up tasks too (report, announcement).
    setTimeout(() => benchMeasure('longest-task', this.clock.longest), PUBLISH_DELAY_MS);
  }

  private onBatchPainted(): void {
    const running = this.running;
    if (!running || running.session.hits.size === 0) return;
    if (!this.hovering) {
      this.hovering = true;
      watchHover(this.doc, this.tooltip, this.presenter, { hits: () => this.running?.session.hits ?? null, shadowRoots: () => this.running?.shadowRoots ?? [] }, this.signal);
    }
    if (this.marked.firstHighlight) return;
    this.marked.firstHighlight = true;
    benchMark('first-highlight');
  }

  private report(running: Running): Promise<void> {
    return this.reporter.report(running.session, () => this.running === running);
  }

  /** Only the top frame knows the site; the background answers subframes' scans with nothing on a paused site. */
  private isPaused(settings: Settings): boolean {
    return this.view === this.view.top && settings.pausedSites.includes(this.view.location.hostname);
  }
}
