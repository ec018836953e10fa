/**
 * Court and agency papers as documents: a brief, a footnote or an exhibit, what a complaint
 * recites, what an order directs or authorises, what a regulation defines, and an opening "In a
 * four-page order, ..."; a party that disagrees with a report disputes it; a newsletter's title
 * ending in a document noun ("Harbor Brief:") is no document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a complaint, an order or a regulation that recites, directs, authorises or defines is a document', () => {
  assert.deepEqual(kindsOf('The lawsuit recites a decade of missed inspections at the plant.'), ['document']);
  assert.deepEqual(kindsOf('The ruling directs the county to reopen the two polling sites by Friday.'), ['document']);
  assert.deepEqual(kindsOf("The governor's executive order authorizes the state to hire forty more inspectors."), ['document']);
  assert.deepEqual(kindsOf('The regulation defines a small farm as one with fewer than fifty cows.'), ['document']);
});

test('a brief, a footnote or an exhibit is a document', () => {
  assert.deepEqual(kindsOf("The city's brief contends that the zoning map was never lawfully adopted."), ['document']);
  assert.deepEqual(kindsOf('The exhibits show that the invoices were paid twice.'), ['document']);
  assert.deepEqual(kindsOf('In a six-page order, the court set a trial date for March.'), ['document']);
  assert.deepEqual(kindsOf('In a footnote, the agency says the figures for 2019 could not be checked.'), ['document', 'on-record']);
});

test('people who direct, authorise, recite or define something are no document and say nothing', () => {
  assert.deepEqual(kindsOf('The coach directed the drills from the sideline.'), []);
  assert.deepEqual(kindsOf('The council authorized the purchase of two new buses.'), []);
  assert.deepEqual(kindsOf('The children recited the poem at the assembly.'), []);
  assert.deepEqual(kindsOf('Rivers defined the style of a generation of guitarists.'), []);
});

test('"brief" as an adjective and "in the order" as a sequence name no document', () => {
  assert.deepEqual(kindsOf('After a brief delay the train left the station.'), []);
  assert.deepEqual(kindsOf('The runners finished in the order they started.'), []);
});

test('a party that disagrees with a report or a claim disputes it on the record', () => {
  assert.deepEqual(kindsOf('The ministry disagrees with the report.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club strongly disagreed with the allegations.'), ['denial', 'on-record']);
});

test('disagreeing with a decision, a person or a plan disputes no claim', () => {
  assert.deepEqual(kindsOf('Ruiz disagreed with the hire, the paper reported.'), ['relayed']);
  assert.deepEqual(kindsOf('The two neighbours disagree with each other about the fence.'), []);
  assert.deepEqual(kindsOf('Many residents disagree with the plan to close the library.'), []);
});

test("a newsletter's capitalised title ending in a document noun is no document", () => {
  assert.deepEqual(kindsOf('Harbor Brief: A new mayor, a late budget and a quiet week'), []);
  assert.deepEqual(kindsOf('Memo: the agency knew of the leak in March'), ['document']);
});
