/**
 * How an element takes part in the page's visible text. The extractor asks a `LayoutRules`
 * about each element it enters: in a browser the answer comes from computed style
 * (`layout-browser.ts`), in the CLI's linkedom document from tags, attributes and inline style
 * (`layout-markup.ts`). The tag rules both share live here, so the two cannot disagree on what
 * is never article text.
 */

/** skip: neither it nor its subtree is text; block: starts and ends a block; break: a line break. */
export type ElementRole = 'skip' | 'block' | 'inline' | 'break';

export interface ElementInfo {
  role: ElementRole;
  /** Whether text directly inside is drawn (CSS visibility; inherited, so children may differ). */
  visible: boolean;
  /** Whether whitespace is kept as written (white-space: pre, pre-wrap, pre-line, break-spaces). */
  keepsWhitespace: boolean;
}

export interface LayoutRules {
  /** `parent` is the info of the nearest element already entered, null at the walk's root. */
  describe(element: Element, parent: ElementInfo | null): ElementInfo;
}

/** Never article text: code, metadata, form fields, embedded media, graphics. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'button', 'output', 'progress', 'meter',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'map', 'area',
  'svg', 'math',
]);

/** Elements whose contents form their own block in HTML's default rendering. */
export const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search',
  'section', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'xmp',
]);

/**
 * True for elements that are never visible text whatever their style: the tags above, editable
 * regions (a reader's own typing is not an article), and the contents of a closed <details>
 * other than its summary (Chromium hides them without a computed `display: none`).
 */
export function isNeverText(element: Element): boolean {
  const tag = element.localName;
  if (NEVER_TEXT.has(tag)) return true;
  if (isEditable(element)) return true;
  const parent = element.parentElement;
  if (parent && parent.localName === 'details' && !parent.hasAttribute('open')) {
    return !(tag === 'summary' && firstSummary(parent) === element);
  }
  return false;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null) return false;
  return value.toLowerCase() !== 'false';
}

function firstSummary(details: Element): Element | null {
  for (let child = details.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'summary') return child;
  }
  return null;
}
