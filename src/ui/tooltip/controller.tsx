/**
 * Shows one claim tooltip at a time beside its sentence, and the live region that announces
 * the claim count, both inside Sourcelight's closed shadow root. Opened from the keyboard or
 * the popup it takes focus and gives it back on Esc; opened by hovering it leaves focus alone.
 * Nothing is created before it is needed: the shadow host with the first announcement or
 * tooltip, Preact's first rendering with the first tooltip, and the scroll, resize and key
 * listeners only while a tooltip is open (a page without claims never runs any of it).
 */
import { createRef, render } from 'preact';
import { ShadowHost } from './shadow-host.js';
import { TOOLTIP_CSS } from './styles.js';
import { Tooltip, type TooltipData } from './Tooltip.js';
import { placeTooltip } from './placement.js';

interface OpenTooltip {
  data: TooltipData;
  anchor: Range;
  /** Where focus was before the tooltip took it, to give it back on Esc. */
  returnFocus: Element | null;
  /** Ends the listeners that follow the open tooltip. */
  listening: AbortController;
}

interface Ui {
  shadow: ShadowHost;
  live: HTMLElement;
  mount: HTMLElement;
}

/** Screen readers only announce changes to a live region they already know about. */
const ANNOUNCE_DELAY_MS = 500;

export class TooltipController {
  private ui: Ui | null = null;
  private readonly dialog = createRef<HTMLDivElement>();
  private current: OpenTooltip | null = null;
  private repositionQueued = false;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly onClosed: () => void,
  ) {
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Sourcelight's host element, once created. */
  get host(): HTMLElement | null {
    return this.ui?.shadow.host ?? null;
  }

  get openClaimId(): string | null {
    return this.current?.data.claim.id ?? null;
  }

  open(data: TooltipData, anchor: Range, focus: boolean): void {
    const active = this.doc.activeElement;
    const returnFocus = this.current?.returnFocus ?? (active && active !== this.host ? active : null);
    this.current?.listening.abort();
    this.current = { data, anchor, returnFocus, listening: this.follow() };
    this.ensureUi().shadow.attach();
    this.update();
    this.reposition();
    if (focus) this.dialog.current?.focus({ preventScroll: true });
  }

  close(restoreFocus: boolean): void {
    if (!this.current) return;
    const { returnFocus, listening } = this.current;
    listening.abort();
    const hadFocus = !!this.host && this.doc.activeElement === this.host;
    this.current = null;
    this.update();
    if (restoreFocus && hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    this.onClosed();
  }

  /** Whether a viewport point lies on the open tooltip. */
  covers(x: number, y: number): boolean {
    const rect = this.dialog.current?.getBoundingClientRect();
    return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  /** Sets the live region's text; screen readers announce the change. */
  announce(text: string): void {
    const fresh = !this.ui;
    const { live } = this.ensureUi();
    if (live.textContent === text) return;
    if (fresh) setTimeout(() => (live.textContent = text), ANNOUNCE_DELAY_MS);
    else live.textContent = text;
  }

  /** Listeners that keep the open tooltip beside its sentence and close it on Esc. */
  private follow(): AbortController {
    const listening = new AbortController();
    const view = this.doc.defaultView!;
    const passive = { capture: true, passive: true, signal: listening.signal };
    view.addEventListener('scroll', () => this.queueReposition(), passive);
    view.addEventListener('resize', () => this.queueReposition(), passive);
    view.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal: listening.signal });
    return listening;
  }

  private ensureUi(): Ui {
    if (this.ui) return this.ui;
    const shadow = new ShadowHost(this.doc, TOOLTIP_CSS);
    // Plain DOM, not Preact: announcing the count must not cost a rendering framework's start.
    const live = this.doc.createElement('div');
    live.className = 'sl-visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    const mount = this.doc.createElement('div');
    shadow.root.append(live, mount);
    this.ui = { shadow, live, mount };
    return this.ui;
  }

  private update(): void {
    if (!this.ui) return;
    const current = this.current;
    render(
      current ? (
        <div onFocusOut={(event: FocusEvent) => this.onFocusOut(event)}>
          <Tooltip data={current.data} dialogRef={this.dialog} onClose={() => this.close(true)} />
        </div>
      ) : null,
      this.ui.mount,
    );
  }

  private reposition(): void {
    const dialog = this.dialog.current;
    const anchor = this.current?.anchor;
    if (!dialog || !anchor) return;
    const lines = Array.from(anchor.getClientRects()).filter((rect) => rect.width > 0 || rect.height > 0);
    if (lines.length === 0) return this.close(false);
    dialog.style.maxHeight = '';
    const size = { width: dialog.offsetWidth, height: dialog.offsetHeight };
    const view = this.doc.defaultView!;
    const viewport = { width: this.doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    const placement = placeTooltip(lines, size, viewport);
    dialog.style.top = `${placement.top}px`;
    dialog.style.left = `${placement.left}px`;
    dialog.style.maxHeight = `${placement.maxHeight}px`;
  }

  private queueReposition(): void {
    if (!this.current || this.repositionQueued) return;
    this.repositionQueued = true;
    requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.reposition();
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.key !== 'Escape' || !this.current) return;
    if (this.doc.activeElement === this.host) {
      event.preventDefault();
      event.stopPropagation();
    }
    this.close(true);
  }

  /** Focus leaving the tooltip for the page closes it (moving away by keyboard). */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.dialog.current?.contains(next)) return;
    if (next === null && this.doc.hasFocus() === false) return;
    queueMicrotask(() => {
      if (this.doc.activeElement !== this.host) this.close(false);
    });
  }

  private dispose(): void {
    this.current?.listening.abort();
    this.current = null;
    if (!this.ui) return;
    render(null, this.ui.mount);
    this.ui.shadow.remove();
    this.ui = null;
  }
}
