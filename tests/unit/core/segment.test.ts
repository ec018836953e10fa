import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBlock } from '../../../src/core/segment.js';

const sentences = (text: string) => segmentBlock(text).map(({ start, end }) => text.slice(start, end));

test('titles, months and initials do not end a sentence', () => {
  assert.deepEqual(sentences('Sen. Jeff Sessions met Mr. Kislyak on Sept. 8, 2016. Robert S. Mueller III was named in May.'), [
    'Sen. Jeff Sessions met Mr. Kislyak on Sept. 8, 2016.',
    'Robert S. Mueller III was named in May.',
  ]);
});

test('a title after a hyphen ("then-Sen.") does not end a sentence', () => {
  assert.deepEqual(sentences('They had met with then-Sen. Jeff Sessions, the Post reported. He denied it.'), [
    'They had met with then-Sen. Jeff Sessions, the Post reported.',
    'He denied it.',
  ]);
  assert.deepEqual(sentences('The ex-Gov. Ruth Ames spoke first.'), ['The ex-Gov. Ruth Ames spoke first.']);
  // Near misses: a hyphenated word that is no title still ends its sentence.
  assert.deepEqual(sentences('The plan was well-known. Critics said so.'), ['The plan was well-known.', 'Critics said so.']);
  assert.deepEqual(sentences('She signed a pro-U.S. The deal held.'), ['She signed a pro-U.S.', 'The deal held.']);
});

test('dotted acronyms continue the sentence unless a sentence opener follows', () => {
  assert.deepEqual(sentences('He spoke at the U.S. Capitol on Monday. Then he left for the U.S. The trip was short.'), [
    'He spoke at the U.S. Capitol on Monday.',
    'Then he left for the U.S.',
    'The trip was short.',
  ]);
  assert.deepEqual(sentences('U.S. officials said so. They were sure.'), ['U.S. officials said so.', 'They were sure.']);
});

test('shorthand that introduces a list goes on, capitalised or not', () => {
  assert.deepEqual(sentences('The talks ranged widely, incl. Moscow sanctions and visas. Esp. the visas. Officials agreed.'), [
    'The talks ranged widely, incl. Moscow sanctions and visas.',
    'Esp. the visas.',
    'Officials agreed.',
  ]);
  assert.deepEqual(sentences('Several allies, e.g. Poland, objected. Others waited.'), ['Several allies, e.g. Poland, objected.', 'Others waited.']);
});

test('quotations close with their sentence, questions and exclamations end one', () => {
  assert.deepEqual(sentences('“I did not have communications with the Russians.” Sessions said it in January. Really? Yes!'), [
    '“I did not have communications with the Russians.”',
    'Sessions said it in January.',
    'Really?',
    'Yes!',
  ]);
});

test('spans are trimmed, and a block without a full stop is one sentence (headlines, captions)', () => {
  const text = '  Russian envoy overheard saying he discussed campaign with Sessions \u00a0';
  const [span, ...rest] = segmentBlock(text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(span!.start, span!.end), 'Russian envoy overheard saying he discussed campaign with Sessions');
});

test('text cut off mid-sentence stays one sentence; blank blocks have none', () => {
  assert.deepEqual(sentences('The ambassador told Moscow that he and Sessions discussed the campaign during'), [
    'The ambassador told Moscow that he and Sessions discussed the campaign during',
  ]);
  assert.deepEqual(segmentBlock(' \u00a0\u200b\n'), []);
});

test('a very long block is cut for ICU only where a sentence ends anyway', () => {
  const unit = 'The U.S. envoy met Sen. Smith in Washington, D.C. on Jan. 5. ';
  const text = unit.repeat(200);
  const got = sentences(text);
  assert.equal(got.length, 200);
  assert.ok(got.every((sentence) => sentence === unit.trim()));
});

test('the Unicode sentence rules: numbers, lower-case continuations, runs of terminators, closing quotes', () => {
  assert.deepEqual(sentences('Prices rose 3.5 percent. Then they fell.'), ['Prices rose 3.5 percent.', 'Then they fell.']);
  assert.deepEqual(sentences('He paused... and then went on. Done?! Yes.'), ['He paused... and then went on.', 'Done?!', 'Yes.']);
  assert.deepEqual(sentences('"Why?" he asked. She left.'), ['"Why?"', 'he asked.', 'She left.']);
  assert.deepEqual(sentences('It was over.\u201d The next day he left.'), ['It was over.\u201d', 'The next day he left.']);
  assert.deepEqual(sentences('See example.com for more. The U.S.A. is large.'), ['See example.com for more.', 'The U.S.A. is large.']);
});

test('a line break inside a block always ends a sentence, even after an abbreviation', () => {
  assert.deepEqual(sentences('First line\nSecond line'), ['First line', 'Second line']);
  assert.deepEqual(sentences('Sen.\nSessions spoke.'), ['Sen.', 'Sessions spoke.']);
  assert.deepEqual(sentences('One.\r\nTwo.\u2028Three.'), ['One.', 'Two.', 'Three.']);
});

test('invisible format characters stay inside the sentence they follow', () => {
  const text = 'He left.\u200b Then he came back.';
  assert.deepEqual(sentences(text), ['He left.', 'Then he came back.']);
  assert.deepEqual(segmentBlock('x.\u200bY is one word'), [{ start: 0, end: 16 }]);
});

test('legal citations stay in their sentence: a section sign after a code, a case name with "v."', () => {
  assert.deepEqual(sentences('The rule at 28 C.F.R. § 45.2 bars such work. A second rule follows.'), ['The rule at 28 C.F.R. § 45.2 bars such work.', 'A second rule follows.']);
  assert.deepEqual(sentences('The court in Ortiz v. Lane read the statute narrowly. Few agreed.'), ['The court in Ortiz v. Lane read the statute narrowly.', 'Few agreed.']);
  assert.deepEqual(sentences('Funding came under Title V. The board met later.'), ['Funding came under Title V.', 'The board met later.']);
});

test('a section sign opens a new sentence after an ordinary word, and goes on after a code abbreviation', () => {
  // Before, any word before the period kept the section sign in its sentence.
  assert.deepEqual(sentences('The statute is plain. § 12 of the code reads otherwise.'), ['The statute is plain.', '§ 12 of the code reads otherwise.']);
  assert.deepEqual(sentences('Nobody objected. §3 was passed anyway.'), ['Nobody objected.', '§3 was passed anyway.']);
  assert.deepEqual(sentences('The ban appears in 18 U.S.C. § 1001 and nowhere else.'), ['The ban appears in 18 U.S.C. § 1001 and nowhere else.']);
  assert.deepEqual(sentences('The grant sits at 130 Stat. § 45 of the session laws. Appeals differ.'), ['The grant sits at 130 Stat. § 45 of the session laws.', 'Appeals differ.']);
});

test('reference markers stay with the sentence they close, one or several', () => {
  assert.deepEqual(sentences('The envoy left in July.[12] His deputy took over.[3][4] Nobody objected.[9]'), [
    'The envoy left in July.[12]',
    'His deputy took over.[3][4]',
    'Nobody objected.[9]',
  ]);
  assert.deepEqual(sentences('She called it "a smear."[7] Then she left.'), ['She called it "a smear."[7]', 'Then she left.']);
  // Spaced, or lettered (where ICU would run the two sentences together).
  assert.deepEqual(sentences('Turnout fell.[5] [6] The count took a week.'), ['Turnout fell.[5] [6]', 'The count took a week.']);
  assert.deepEqual(sentences('The mill closed in 1998.[b] Its owners moved south.'), ['The mill closed in 1998.[b]', 'Its owners moved south.']);
  assert.deepEqual(sentences('The fee doubled.[citation needed] Residents complained.'), ['The fee doubled.[citation needed]', 'Residents complained.']);
  // A marker after an abbreviation's period, or in the middle of a sentence, ends nothing.
  assert.deepEqual(sentences('Troops from the U.S.[c] Army arrived.'), ['Troops from the U.S.[c] Army arrived.']);
  assert.deepEqual(sentences('See table [a] below for the totals.'), ['See table [a] below for the totals.']);
});

test('a wire dateline with a state abbreviation opens its first sentence, nowhere else', () => {
  assert.deepEqual(sentences('SCRANTON, Pa. (Wire) — Two clerks were charged on Monday. They pleaded not guilty.'), [
    'SCRANTON, Pa. (Wire) — Two clerks were charged on Monday.',
    'They pleaded not guilty.',
  ]);
  assert.deepEqual(sentences('BOISE, Ida. — The vote failed.'), ['BOISE, Ida. — The vote failed.']);
  assert.deepEqual(sentences('She grew up in Dayton, Ohio. Then she moved to Reno, Nev. The move was hard.'), [
    'She grew up in Dayton, Ohio.',
    'Then she moved to Reno, Nev.',
    'The move was hard.',
  ]);
});
