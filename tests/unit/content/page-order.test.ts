import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageOrder } from '../../../src/content/page-order.js';
import type { TextBlock } from '../../../src/page/text-block.js';

/**
 * Nodes that know only their place in a tree: linkedom's compareDocumentPosition calls every
 * node preceding (the e2e tests cover real pages). A shadow root's nodes order among each other;
 * the page orders them by their host.
 */
interface FakeNode {
  nodeType: number;
  place: number;
  host?: FakeNode;
  getRootNode(): { nodeType: number; host?: FakeNode };
  compareDocumentPosition(other: FakeNode): number;
}

const documentRoot = { nodeType: 9 };

function fakeNode(place: number, root: { nodeType: number; host?: FakeNode } = documentRoot): FakeNode {
  return {
    nodeType: 3,
    place,
    getRootNode: () => root,
    compareDocumentPosition: (other) => (other.getRootNode() !== root ? 1 : other.place > place ? 4 : other.place < place ? 2 : 0),
  };
}

const record = (text: string, node: FakeNode) => ({ block: { text, element: node, nodes: [node], runs: null } as unknown as TextBlock });
type Entry = ReturnType<typeof record>;
const texts = (order: PageOrder<Entry>) => order.records().map((entry) => entry.block.text);

test('blocks read again are placed where they are in the page, not after those read first', () => {
  const order = new PageOrder<Entry>();
  order.reset([record('one', fakeNode(1)), record('three', fakeNode(3)), record('five', fakeNode(5))]);
  // A live page inserted a paragraph near the top and one at the end; a re-read reads them in any order.
  order.update([record('six', fakeNode(6)), record('two', fakeNode(2))], () => true);
  assert.deepEqual(texts(order), ['one', 'two', 'three', 'five', 'six']);
  assert.deepEqual(order.blocks().map((block) => block.text), texts(order));
});

test('records no longer live are dropped; blocks read in their place take it', () => {
  const order = new PageOrder<Entry>();
  const first = [record('one', fakeNode(1)), record('three', fakeNode(3)), record('five', fakeNode(5))];
  order.reset(first);
  order.update([record('three, edited', fakeNode(3.1)), record('four', fakeNode(4))], (entry) => entry !== first[1]);
  assert.deepEqual(texts(order), ['one', 'three, edited', 'four', 'five']);
});

test("a web component's text is placed by its host among the page's, and by its own tree within it", () => {
  const order = new PageOrder<Entry>();
  const host = fakeNode(4);
  const shadowRoot = { nodeType: 11, host };
  order.reset([record('three', fakeNode(3)), record('five', fakeNode(5))]);
  order.update([record('inside, second', fakeNode(2, shadowRoot)), record('inside, first', fakeNode(1, shadowRoot))], () => true);
  assert.deepEqual(texts(order), ['three', 'inside, first', 'inside, second', 'five']);
});

test('sort: any records in page order, those never placed last', () => {
  const order = new PageOrder<Entry>();
  const records = [record('a', fakeNode(1)), record('b', fakeNode(2)), record('c', fakeNode(3))];
  order.reset(records);
  const stranger = record('elsewhere', fakeNode(9));
  assert.deepEqual(order.sort([stranger, records[2]!, records[0]!]), [records[0], records[2], stranger]);
});
