/** A place-named story set off in an aside ("and the Russia story generally, as ...") opens no clause of its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const TRUMP_DISMISSES = 'trump-dismisses-russia-reports';

const has = (sentence: string, id: string) => confidentIds(sentence).includes(id);

test('a place naming a story in an aside ("and the Russia story generally") opens no clause of its own', () => {
  assert.ok(has('The president has brushed off that finding, and the Russia story more broadly, as a witch hunt.', TRUMP_DISMISSES));
  // Near misses: a clause that Russia itself opens keeps its denial Russia's; someone else's aside is theirs.
  assert.ok(!has('Sessions denied meeting the envoy, and Russia has dismissed the Russia story as a hoax.', TRUMP_DISMISSES));
  assert.ok(!has('Zakharova has dismissed that finding, and the Russia story generally, as a hoax.', TRUMP_DISMISSES));
});

test('a place before its noun and a verb is the subject of a clause of its own', () => {
  const opens = [
    'Trump said he would sit down with Putin, and the Moscow consulate dismissed the collusion reports as a hoax.',
    'Trump said he would sit down with Putin, and the Kremlin press secretary dismissed the collusion reports as a hoax.',
    'Trump said he would sit down with Putin, and a Moscow tabloid dismissed the collusion reports as a hoax.',
    'Trump said he would sit down with Putin, and the Moscow consulate said the collusion reports were a hoax.',
    'Trump said he would sit down with Putin, and the Russia skeptics in his party called the collusion story a hoax.',
    'Trump said he would sit down with Putin, and the Russia office at the consulate dismissed the collusion reports as a hoax.',
    'Trump said he would sit down with Putin, and the Russia inquiry has dragged on, with Moscow calling it a hoax.',
    'Trump said he would sit down with Putin, and the Kremlin, in a statement, dismissed the collusion reports as a hoax.',
  ];
  for (const sentence of opens) assert.ok(!has(sentence, TRUMP_DISMISSES), sentence);
});

test('the whole matter, with no Russia in the sentence, is no dismissal of the Russia reports', () => {
  const others = [
    'Trump has brushed aside the whole matter of climate change as a hoax.',
    'Trump waved away the whole matter of his tax returns as a hoax.',
    'Asked about the storm forecast, Trump dismissed the whole thing as fake news.',
    'Trump, asked about the emoluments lawsuit, dismissed the whole matter as a hoax.',
    'Trump dismissed the whole episode as a hoax.',
  ];
  for (const sentence of others) assert.ok(!has(sentence, TRUMP_DISMISSES), sentence);
  // Still: the whole Russia affair, named.
  assert.ok(has('Trump has repeatedly dismissed the whole Russia affair as a hoax.', TRUMP_DISMISSES));
});
