/**
 * Layout rules from computed style, for the content script: what the reader actually sees,
 * whatever the page's CSS does with its tags.
 */
import { isNeverText, type ElementInfo, type ElementRole, type LayoutRules } from './layout-rules.js';

const KEEP_COLLAPSE = new Set(['preserve', 'preserve-breaks', 'break-spaces', 'preserve-spaces']);

export function browserLayoutRules(view: Window): LayoutRules {
  return {
    describe(element: Element): ElementInfo {
      if (isNeverText(element)) return { role: 'skip', visible: false, keepsWhitespace: false };
      const style = view.getComputedStyle(element);
      return {
        role: roleFromStyle(element, style),
        visible: style.visibility === 'visible',
        keepsWhitespace: keepsWhitespace(style),
      };
    },
  };
}

function roleFromStyle(element: Element, style: CSSStyleDeclaration): ElementRole {
  const display = style.display;
  if (display === 'none' || style.getPropertyValue('content-visibility') === 'hidden') return 'skip';
  if (element.localName === 'br') return 'break';
  if (display === 'contents' || display.startsWith('inline') || display.startsWith('ruby')) return 'inline';
  return 'block';
}

function keepsWhitespace(style: CSSStyleDeclaration): boolean {
  const collapse = style.getPropertyValue('white-space-collapse');
  if (collapse) return KEEP_COLLAPSE.has(collapse);
  const whiteSpace = style.whiteSpace;
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}
