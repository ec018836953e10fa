/**
 * Layout rules from markup alone (tags, the `hidden` attribute, inline style), for documents
 * without a renderer: the CLI reads .html files with linkedom and must find the same blocks
 * and skip the same hidden text as the content script does on a plain page.
 */
import { BLOCK_TAGS, isNeverText, type ElementInfo, type ElementRole, type LayoutRules } from './layout-rules.js';

const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const SKIPPED: ElementInfo = { role: 'skip', visible: false, keepsWhitespace: false };

export const markupLayoutRules: LayoutRules = {
  describe(element: Element, parent: ElementInfo | null): ElementInfo {
    if (isNeverText(element) || element.hasAttribute('hidden')) return SKIPPED;
    const style = inlineStyle(element);
    const display = style.get('display');
    if (display === 'none') return SKIPPED;
    const visibility = style.get('visibility');
    const whiteSpace = style.get('white-space') ?? style.get('white-space-collapse');
    return {
      role: role(element, display),
      visible: visibility ? visibility === 'visible' : (parent?.visible ?? true),
      keepsWhitespace: whiteSpace
        ? /^(pre|break-spaces|preserve)/.test(whiteSpace)
        : PRE_TAGS.has(element.localName) || (parent?.keepsWhitespace ?? false),
    };
  },
};

function role(element: Element, display: string | undefined): ElementRole {
  if (element.localName === 'br') return 'break';
  if (display) return display === 'contents' || display.startsWith('inline') || display.startsWith('ruby') ? 'inline' : 'block';
  return BLOCK_TAGS.has(element.localName) ? 'block' : 'inline';
}

/** The declarations of the `style` attribute, property names lower-cased, `!important` dropped. */
function inlineStyle(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const text = element.getAttribute('style');
  if (!text) return declarations;
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    if (name && value) declarations.set(name, value);
  }
  return declarations;
}
