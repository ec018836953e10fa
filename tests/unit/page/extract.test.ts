import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { describeParent, extractAllBlocks } from '../../../src/page/extract.js';
import { markupLayoutRules } from '../../../src/page/layout-markup.js';
import { domSpan, runsOf, type DomPosition, type TextBlock } from '../../../src/page/text-block.js';

function blocksOf(html: string, skip?: (element: Element) => boolean): TextBlock[] {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  return extractAllBlocks(document.body, markupLayoutRules, { skip });
}

function texts(html: string): string[] {
  return blocksOf(html).map((block) => block.text);
}

/** Text nodes under `root` in document order. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child as Text);
    else textNodes(child, out);
  }
  return out;
}

/** The raw DOM text between two positions, as a Range's toString() would give it. */
function domText(root: Node, start: DomPosition, end: DomPosition): string {
  const nodes = textNodes(root);
  const from = nodes.indexOf(start.node);
  const to = nodes.indexOf(end.node);
  if (from === to) return start.node.data.slice(start.offset, end.offset);
  const middle = nodes.slice(from + 1, to).map((node) => node.data);
  return [start.node.data.slice(start.offset), ...middle, end.node.data.slice(0, end.offset)].join('');
}

const squash = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ');

test('one block per paragraph, headline, list item and table cell; inline markup stays inside', () => {
  assert.deepEqual(
    texts(`<h1>Sessions  met the <em>ambassador</em></h1>
      <p>The <a href="/x">attorney general</a> spoke with <b>Kislyak</b>, officials said.</p>
      <ul><li>First item</li><li>Second <span>item</span></li></ul>
      <table><tr><td>cell one</td><td>cell two</td></tr></table>
      <figure><img alt="photo"><figcaption>A caption</figcaption></figure>`),
    ['Sessions met the ambassador', 'The attorney general spoke with Kislyak, officials said.', 'First item', 'Second item', 'cell one', 'cell two', 'A caption'],
  );
});

test('text beside a nested block forms its own anonymous blocks', () => {
  assert.deepEqual(texts('<div>Before the list <p>inside</p> after it</div>'), ['Before the list', 'inside', 'after it']);
});

test('<br> ends a line inside a block; whitespace around it disappears', () => {
  assert.deepEqual(texts('<p>Line one. <br>  Line two<br><br>Line three<br></p>'), ['Line one.\nLine two\n\nLine three']);
});

test('code, form fields, media, editable regions and hidden elements are skipped', () => {
  const html = `<p>kept</p><script>var a = "no";</script><style>p{}</style><noscript>no script</noscript>
    <template><p>template</p></template><textarea>typed</textarea><input value="field"><select><option>opt</option></select>
    <button>Load more</button><div contenteditable="true">draft text</div><div contenteditable="false">fixed text</div>
    <p hidden>hidden attr</p><p style="display:none">display none</p><p style="DISPLAY : NONE !important">shouting</p>
    <p style="visibility:hidden">invisible <span style="visibility: visible">but this shows</span></p>
    <details><summary>Summary line</summary><p>closed content</p></details>
    <details open><summary>Open summary</summary><p>open content</p></details>
    <svg><text>svg text</text></svg>`;
  assert.deepEqual(texts(html), ['kept', 'fixed text', 'but this shows', 'Summary line', 'Open summary', 'open content']);
});

test('the skip option leaves out Sourcelight\'s own host', () => {
  const blocks = blocksOf('<p>page text</p><div id="ui"><p>tooltip text</p></div>', (element) => element.id === 'ui');
  assert.deepEqual(blocks.map((block) => block.text), ['page text']);
});

test('preformatted text keeps its whitespace and line breaks', () => {
  assert.deepEqual(texts('<pre>  two  spaces\nnext line</pre><p style="white-space: pre-wrap">a  b</p>'), ['  two  spaces\nnext line', 'a  b']);
});

test('NBSP, soft hyphens, zero-width characters, curly quotes and emoji are kept as written', () => {
  const text = 'The\u00a0attor\u00adney gen\u200beral said \u201cno\u201d \u{1F600} today.';
  assert.deepEqual(texts(`<p>${text}</p>`), [text]);
});

test('every mapped character points at the same character in the DOM', () => {
  const blocks = blocksOf(`<p>  A  <b>bold\n move</b>,<i> then</i>   <a>a link</a>.\u00ad\u{1F600} End.<br> Next line
    here.</p><div>x <span> y </span> z</div>`);
  for (const block of blocks) {
    for (const run of runsOf(block)) {
      const fromBlock = block.text.slice(run.start, run.start + run.length);
      const fromDom = run.node.data.slice(run.offset, run.offset + run.length);
      assert.equal(squash(fromDom), fromBlock, `run at ${run.start} of ${JSON.stringify(block.text)}`);
    }
  }
  assert.deepEqual(blocks.map((block) => block.text), ['A bold move, then a link.\u00ad\u{1F600} End.\nNext line here.', 'x y z']);
});

test('domSpan covers exactly a sentence split across inline elements', () => {
  const { document } = parseHTML('<html><body><p>Intro here. The <a>ambassador</a> told <em>Moscow</em> about it.  Outro.</p></body></html>');
  const [block] = extractAllBlocks(document.body, markupLayoutRules);
  assert.ok(block);
  const sentence = 'The ambassador told Moscow about it.';
  const start = block.text.indexOf(sentence);
  const span = domSpan(block, start, start + sentence.length);
  assert.ok(span);
  assert.equal(domText(document.body, span.start, span.end), sentence);
});

test('domSpan skips unmapped line breaks at the edges and refuses empty spans', () => {
  const { document } = parseHTML('<html><body><p>one<br>two</p></body></html>');
  const [block] = extractAllBlocks(document.body, markupLayoutRules);
  assert.ok(block);
  assert.equal(block.text, 'one\ntwo');
  const span = domSpan(block, 3, 7);
  assert.ok(span);
  assert.equal(domText(document.body, span.start, span.end), 'two');
  assert.equal(domSpan(block, 3, 4), null);
  assert.equal(domSpan(block, 2, 2), null);
});

test('describeParent finds hidden ancestors and inherited visibility', () => {
  const { document } = parseHTML(`<html><body><div hidden><p id="a">x</p></div>
    <div style="visibility:hidden"><p id="b">y</p></div><div><p id="c">z</p></div></body></html>`);
  const rules = markupLayoutRules;
  assert.equal(describeParent(document.getElementById('a')!, rules), 'hidden');
  const hiddenParent = describeParent(document.getElementById('b')!, rules);
  assert.ok(hiddenParent && hiddenParent !== 'hidden' && !hiddenParent.visible);
  assert.deepEqual(
    extractAllBlocks(document.getElementById('b')!, rules, { parentInfo: hiddenParent }).map((block) => block.text),
    [],
  );
  const shownParent = describeParent(document.getElementById('c')!, rules);
  assert.ok(shownParent && shownParent !== 'hidden' && shownParent.visible);
});

test('splitLongBlock cuts at spaces and keeps every piece mapped to the DOM', async () => {
  const { splitLongBlock } = await import('../../../src/page/text-block.js');
  const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
  const { document } = parseHTML(`<html><body><p>${words.slice(0, 700)}<b>${words.slice(700)}</b></p></body></html>`);
  const [block] = extractAllBlocks(document.body, markupLayoutRules);
  assert.ok(block);
  const pieces = splitLongBlock(block, 300);
  assert.ok(pieces.length > 1);
  assert.equal(pieces.map((piece) => piece.text).join(''), block.text);
  for (const piece of pieces) {
    assert.ok(piece.text.length <= 300);
    for (const run of runsOf(piece)) assert.equal(run.node.data.slice(run.offset, run.offset + run.length), piece.text.slice(run.start, run.start + run.length));
  }
});

test('a paragraph of inline markup reads as its text with whitespace collapsed, and maps back character by character', async () => {
  const fc = (await import('fast-check')).default;
  const piece = fc.oneof(
    fc.constantFrom('word', 'Kislyak', 'said,', '\u00a0', '\u2019s', '\u{1F600}', 'x'),
    fc.constantFrom(' ', '  ', '\n', '\t ', ' \n  '),
  );
  const inline = fc.tuple(fc.constantFrom('', 'b', 'em', 'a', 'span'), fc.array(piece, { maxLength: 6 }));
  fc.assert(
    fc.property(fc.array(inline, { minLength: 1, maxLength: 8 }), (parts) => {
      const html = parts.map(([tag, words]) => (tag ? `<${tag}>${words.join('')}</${tag}>` : words.join(''))).join('');
      const { document } = parseHTML(`<html><body><p>${html}</p></body></html>`);
      const expected = (document.body.firstChild?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
      const blocks = extractAllBlocks(document.body, markupLayoutRules);
      if (!/\S/.test(expected)) return blocks.length === 0;
      assert.equal(blocks.length, 1);
      const [block] = blocks as [TextBlock];
      assert.equal(block.text, expected);
      const mapped = runsOf(block);
      assert.ok(mapped.length > 0);
      for (const run of mapped) assert.equal(squash(run.node.data.slice(run.offset, run.offset + run.length)), block.text.slice(run.start, run.start + run.length));
      return true;
    }),
    { numRuns: 300 },
  );
});
