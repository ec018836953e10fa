/**
 * Layout rules from computed style, for the content script: what the reader actually sees,
 * whatever the page's CSS does with its tags. One computed-style object per element, read as
 * little as possible: an element that is not rendered needs nothing more than its `display`.
 */
import { isNeverText, type ElementInfo, type ElementRole, type LayoutRules } from './layout-rules.js';

const KEEP_COLLAPSE = new Set(['preserve', 'preserve-breaks', 'break-spaces', 'preserve-spaces']);
const SKIPPED: ElementInfo = { role: 'skip', visible: false, keepsWhitespace: false };

/** The few possible answers, made once: describing an element allocates nothing. */
const ROLES = ['block', 'inline', 'break'] as const;
const INFOS = ROLES.flatMap((role) => [false, true].flatMap((visible) => [false, true].map((keepsWhitespace) => Object.freeze({ role, visible, keepsWhitespace }))));
function info(role: Exclude<ElementRole, 'skip'>, visible: boolean, keepsWhitespace: boolean): ElementInfo {
  return INFOS[ROLES.indexOf(role) * 4 + (visible ? 2 : 0) + (keepsWhitespace ? 1 : 0)]!;
}

export function browserLayoutRules(view: Window): LayoutRules {
  return {
    describe(element: Element): ElementInfo {
      if (isNeverText(element)) return SKIPPED;
      const style = view.getComputedStyle(element);
      const role = roleFromStyle(element, style);
      if (role === 'skip') return SKIPPED;
      return info(role, style.visibility === 'visible', keepsWhitespace(style));
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
