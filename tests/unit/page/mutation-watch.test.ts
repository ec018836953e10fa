import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { changedNodes } from '../../../src/page/mutation-watch.js';

const { document } = parseHTML('<html><body><article id="a"><p>one</p></article></body></html>');
const article = document.getElementById('a')!;
const list = (...nodes: Node[]) => nodes as unknown as NodeList;
const record = (fields: Partial<MutationRecord>): MutationRecord =>
  ({ type: 'childList', target: article, addedNodes: list(), removedNodes: list(), ...fields }) as MutationRecord;

test('an added block element is re-read by itself', () => {
  const p = document.createElement('p');
  assert.deepEqual(changedNodes(record({ addedNodes: list(p) })), [p]);
});

test('added inline content or text, or removed inline content, changes the parent', () => {
  assert.deepEqual(changedNodes(record({ addedNodes: list(document.createElement('span')) })), [article]);
  assert.deepEqual(changedNodes(record({ addedNodes: list(document.createTextNode('more words')) })), [article]);
  assert.deepEqual(changedNodes(record({ removedNodes: list(document.createTextNode('gone')) })), [article]);
});

test('whitespace-only text changes nothing; a removed block is reported alone, its parent is not re-read', () => {
  assert.deepEqual(changedNodes(record({ addedNodes: list(document.createTextNode('\n  ')) })), []);
  const removed = document.createElement('p');
  assert.deepEqual(changedNodes(record({ removedNodes: list(removed) })), [removed]);
});

test('changed text and changed attributes point at their node', () => {
  const text = article.querySelector('p')!.firstChild!;
  assert.deepEqual(changedNodes(record({ type: 'characterData', target: text })), [text]);
  assert.deepEqual(changedNodes(record({ type: 'attributes', target: article })), [article]);
});
