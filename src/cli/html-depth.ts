/**
 * Estimates how deeply an HTML file nests its elements, from its tags alone, before linkedom
 * parses it: linkedom's time grows with the square of the depth (200,000 nested divs take
 * minutes), while browsers stop nesting at 512 levels anyway (Blink's parser limit). The
 * estimate follows the HTML rules that matter for depth: void elements never open, and a
 * closing tag closes everything opened inside it.
 */

/** Blink's kMaximumHTMLParserDOMTreeDepth: deeper markup is not rendered as nesting. */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: a new one closes the open one. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** Their content is text, not markup: tags inside do not count. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

export function htmlDepth(html: string, stopAt = MAX_HTML_DEPTH): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  const lower = html.toLowerCase();
  const open: string[] = [];
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
    if (deepest > stopAt) break;
  }
  return deepest;
}
