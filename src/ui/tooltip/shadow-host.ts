/**
 * The element Sourcelight's page UI lives in: appended to <html> (not <body>, so the page's
 * text and layout never change), with a CLOSED shadow root so page scripts get `null` from
 * `host.shadowRoot` and page CSS cannot reach inside. The host's own inline declarations are
 * all `!important`, which beats any page stylesheet rule, so the page cannot hide, move or
 * restyle it either. The tag name is random: a page cannot define it as a custom element.
 */

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'mask: none',
  'contain: none',
  'pointer-events: none',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

export class ShadowHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;

  constructor(private readonly doc: Document, css: string) {
    const suffix = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    this.host = doc.createElement(`sourcelight-${suffix}`);
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.root.append(style);
    this.attach();
  }

  /** Puts the host back if the page removed it or restyled it. */
  attach(): void {
    if (this.host.getAttribute('style') !== HOST_STYLE) this.host.setAttribute('style', HOST_STYLE);
    if (this.host.parentNode !== this.doc.documentElement) this.doc.documentElement.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }
}
