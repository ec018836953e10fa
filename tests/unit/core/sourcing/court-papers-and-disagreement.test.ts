/**
 * Court and agency papers as documents: a brief, a footnote or an exhibit, what a complaint
 * recites, what an order directs or authorises, what a regulation defines, and an opening "In a
 * four-page order, ..."; a party that disagrees with a report disputes it; a newsletter's title
 * ending in a document noun ("Harbor Brief:") is no document. What a paper does anyone can do:
 * "directed by" or "authorized by" names no speaker, and allocating money orders nothing; an
 * order is a paper only when something marks it as one ("in the same order" is a sequence); an
 * exhibit is a court's only in a court's phrase.
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
  assert.deepEqual(kindsOf('The trial exhibits show that the invoices were paid twice.'), ['document']);
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

test('who directed, authorised, defined or recited something, named after "by", is no speaker', () => {
  assert.deepEqual(kindsOf('The thriller, directed by Sofia Lind, opens next week.'), []);
  assert.deepEqual(kindsOf('The arrest was authorized by a federal judge.'), []);
  assert.deepEqual(kindsOf('The rules were defined by the league office.'), []);
  assert.deepEqual(kindsOf('The psalm was recited by the Rev. Anna Cole at dawn.'), []);
});

test('a paper that directs or authorises money, or points readers somewhere, orders nothing', () => {
  assert.deepEqual(kindsOf('The budget directs $40 million to road repairs.'), []);
  assert.deepEqual(kindsOf('The bill authorizes $3 billion for flood defences.'), []);
  assert.deepEqual(kindsOf('The audit directed readers to an appendix for the raw numbers.'), []);
});

test('a paper that orders someone to act, a passive said by its speaker, are still read', () => {
  assert.deepEqual(kindsOf('The memo directed managers to shred the old files.'), ['document']);
  assert.deepEqual(kindsOf('The regulation authorizes inspectors to enter any warehouse.'), ['document']);
  assert.deepEqual(kindsOf('The order directs that the ballots be counted again.'), ['document']);
  assert.deepEqual(kindsOf('The ruling authorizes the sale of the old depot.'), ['document']);
  assert.deepEqual(kindsOf('The abuses were documented by Human Rights Watch.'), ['on-record']);
  assert.deepEqual(kindsOf('The closure, announced by the utility on Monday, angered customers.'), ['on-record']);
});

test('an order or a footnote in its everyday sense is no paper', () => {
  assert.deepEqual(kindsOf('In the same order, the winners walked onto the stage.'), []);
  assert.deepEqual(kindsOf('In the reverse order, the steps undo the change.'), []);
  assert.deepEqual(kindsOf('In the new global order, small nations have little say.'), []);
  assert.deepEqual(kindsOf('In an order of magnitude, the costs rose.'), []);
  assert.deepEqual(kindsOf('In an order of worship printed for the service, the family thanked the nurses.'), []);
  assert.deepEqual(kindsOf('In a footnote to history, the village once hosted a king.'), []);
});

test('an order marked as a paper, by its owner, its kind or what follows it, is a document', () => {
  assert.deepEqual(kindsOf('In its order, the board said the merger could go ahead.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('In a gag order, the court barred the lawyers from speaking to reporters.'), ['document']);
  assert.deepEqual(kindsOf('In the order issued Friday, the judge wrote that the deadline stands.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('In the order, the judge wrote that the deadline stands.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('In a footnote to the ruling, the judge said the figures were wrong.'), ['document', 'on-record']);
});

test("a label naming a kind of paper, or in capitals, is a document, not a column's title", () => {
  assert.deepEqual(kindsOf('Leaked Memo: the agency knew of the flaw in May'), ['document']);
  assert.deepEqual(kindsOf('Internal Memo: the agency knew of the flaw in May'), ['document']);
  assert.deepEqual(kindsOf('Court Documents: the agency knew of the flaw in May'), ['document']);
  assert.deepEqual(kindsOf('The Memo: the agency knew of the flaw in May'), ['document']);
  assert.deepEqual(kindsOf('COURT FILING: the agency knew of the flaw in May'), ['document']);
  assert.deepEqual(kindsOf('Weekend Memo: five things to read before Monday'), []);
  assert.deepEqual(kindsOf('Capitol Brief: a new speaker, a late budget and a long recess'), []);
});

test("a museum's exhibit is no court exhibit", () => {
  assert.deepEqual(kindsOf("The museum's new exhibit shows how the harbour changed."), []);
  assert.deepEqual(kindsOf('The traveling exhibit reveals how miners lived.'), []);
});
