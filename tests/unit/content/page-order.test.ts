import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageOrder } from '../../../src/content/page-order.js';
import type { TextBlock } from '../../../src/page/text-block.js';

/**
 * A tree of just what the order reads: parents, shadow roots and slots, and positions from a
 * walk of each tree (linkedom's compareDocumentPosition calls every node preceding).
 */
class FakeNode {
  readonly children: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  assignedSlot: FakeNode | null = null;
  host: FakeNode | null = null;
  constructor(readonly nodeType: number) {}

  get isConnected(): boolean {
    return this.getRootNode().nodeType === 9;
  }

  append(...children: FakeNode[]): this {
    for (const child of children) {
      child.parentNode?.children.splice(child.parentNode.children.indexOf(child), 1);
      child.parentNode = this;
      this.children.push(child);
    }
    return this;
  }

  getRootNode(): FakeNode {
    let node: FakeNode = this;
    while (node.parentNode) node = node.parentNode;
    return node;
  }

  compareDocumentPosition(other: FakeNode): number {
    const root = this.getRootNode();
    if (other.getRootNode() !== root) return 1 | 32 | 4;
    const walk: FakeNode[] = [];
    const visit = (node: FakeNode) => (walk.push(node), node.children.forEach(visit));
    visit(root);
    return walk.indexOf(other) > walk.indexOf(this) ? 4 : 2;
  }
}

const element = (...children: FakeNode[]) => new FakeNode(1).append(...children);
const text = () => new FakeNode(3);
const page = (...children: FakeNode[]) => new FakeNode(9).append(element(...children));
function shadowOf(host: FakeNode, ...children: FakeNode[]): FakeNode {
  const root = new FakeNode(11).append(...children);
  root.host = host;
  return root;
}

type Entry = { block: TextBlock };
const entry = (name: string, node: FakeNode, parent = node.parentNode ?? node): Entry => ({
  block: { text: name, element: parent, nodes: [node], runs: null } as unknown as TextBlock,
});
const names = (order: PageOrder<Entry>) => order.records().map((item) => item.block.text);

test('blocks a live page inserts are placed where they are, read in any order', () => {
  const [one, three, five] = [text(), text(), text()];
  const body = page(element(one), element(three), element(five)).children[0]!;
  const order = new PageOrder<Entry>();
  order.place([entry('one', one), entry('three', three), entry('five', five)], true);
  const [two, six] = [text(), text()];
  body.children.splice(1, 0, element(two));
  body.children[1]!.parentNode = body;
  body.append(element(six));
  // Two roots re-read, the lower one first.
  order.place([entry('six', six), entry('two', two)], false);
  assert.deepEqual(names(order), ['one', 'two', 'three', 'five', 'six']);
  assert.deepEqual(order.blocks().map((block) => block.text), names(order));
});

test('a block the page moved is placed where it now is', () => {
  const [a, b, c] = [text(), text(), text()];
  const body = page(element(a), element(b), element(c)).children[0]!;
  const order = new PageOrder<Entry>();
  const first = [entry('a', a), entry('b', b), entry('c', c)];
  order.place(first, true);
  body.append(a.parentNode!); // pinned to the end
  order.remove([first[0]!]);
  order.place([first[0]!], false);
  assert.deepEqual(names(order), ['b', 'c', 'a']);
});

test('pieces of one long text node keep the order they were read in', () => {
  const [before, long, after] = [text(), text(), text()];
  page(element(before), element(long), element(after));
  const order = new PageOrder<Entry>();
  order.place([entry('before', before), entry('after', after)], true);
  order.place([entry('piece 1', long), entry('piece 2', long), entry('piece 3', long)], false);
  assert.deepEqual(names(order), ['before', 'piece 1', 'piece 2', 'piece 3', 'after']);
});

test("a web component's text is placed where it renders: its own by its host, slotted text by its slot", () => {
  const [above, below, title, footer, slotted] = [text(), text(), text(), text(), text()];
  const host = element(element(slotted));
  page(element(above), host, element(below));
  const slot = element();
  shadowOf(host, element(title), slot, element(footer));
  slotted.parentNode!.assignedSlot = slot;
  const order = new PageOrder<Entry>();
  order.place([entry('above', above), entry('title', title), entry('slotted', slotted), entry('footer', footer), entry('below', below)], true);
  const reread = order.records().filter((item) => ['footer', 'title'].includes(item.block.text));
  order.remove(reread);
  order.place([...reread].reverse(), false);
  assert.deepEqual(names(order), ['above', 'title', 'slotted', 'footer', 'below']);
});

test('a block whose first node left the page is placed by its element', () => {
  const [one, three, gone] = [text(), text(), text()];
  const body = page(element(one), element(three)).children[0]!;
  const paragraph = element(gone);
  body.children.splice(1, 0, paragraph);
  paragraph.parentNode = body;
  paragraph.children.splice(0, 1); // its text re-rendered; the re-read is on its way
  gone.parentNode = null;
  const order = new PageOrder<Entry>();
  order.place([entry('one', one), entry('three', three)], true);
  order.place([entry('two', gone, paragraph)], false);
  assert.deepEqual(names(order), ['one', 'two', 'three']);
});
