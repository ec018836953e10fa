import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

function found(sentence: string, id: string, before: readonly string[] = []): boolean {
  return confidentIds(sentence, undefined, before).includes(id);
}

/** An article that has named the two men: the talks and the intercepts are theirs. */
const STORY = ['Sessions met Kislyak twice during the 2016 campaign.'];

test('"a former official told the Post the talks were substantive", without naming the two men, in an article about them', () => {
  const id = 'sessions-kislyak-substantive-talks';
  assert.ok(found('A former official told the Post that the conversations had been substantive.', id, STORY));
  assert.ok(found('A former official described the talks to the newspaper as substantive.', id, STORY));
  for (const sentence of [
    'An official told the Post the meeting had been brief.',
    'A former official told the Post the talks were cordial.',
    'The Post reported that the talks were substantive.',
  ]) {
    assert.ok(!found(sentence, id, STORY), sentence);
  }
});

test('talks nobody in the story took part in are not the two men\'s', () => {
  const id = 'sessions-kislyak-substantive-talks';
  for (const [before, sentence] of <[string, string][]>[
    ['Negotiators from Washington and Beijing met again in Geneva.', 'A former official told the Post the tariff talks had been substantive.'],
    ['The club and its striker reopened negotiations on Monday.', 'A former club official told the Post the contract talks were substantive.'],
    ['Diplomats gathered in Vienna for a third round.', 'One former official described the talks with Tehran to the newspaper as substantive.'],
    ['', 'Former officials told the Post the merger talks were substantive.'],
  ]) {
    assert.ok(!found(sentence, id, before ? [before] : []), sentence);
  }
});

test('"the intercepts concern the first two", the noun left out, in an article about the two men', () => {
  const id = 'kislyak-reported-campaign-talks';
  assert.ok(found('The paper said the intercepts concern the first two.', id, STORY));
  assert.ok(found('The intercepts cover only the first two, officials said.', id, STORY));
  for (const sentence of [
    'The first two meetings were in April and July.',
    'The intercepts concern later contacts with other senators.',
    'Lawmakers said the reports concern the first two meetings of the committee.',
  ]) {
    assert.ok(!found(sentence, id, STORY), sentence);
  }
  // Wiretaps in a case without the two men.
  for (const [before, sentence] of <[string, string][]>[
    ['Federal agents seized a boat off Key Biscayne.', 'Prosecutors said the intercepts concern the first two loads of cocaine.'],
    ['The indictment names four county officials.', 'The wiretap intercepts cover only the first two months of the kickback scheme.'],
    ['', 'The intercepts concern the first two weeks of the bid-rigging.'],
  ]) {
    assert.ok(!found(sentence, id, before ? [before] : []), sentence);
  }
});

test('his Senate explanation: work on the Armed Services Committee, understanding Franken, a narrower question', () => {
  const id = 'sessions-senate-capacity-explanation';
  assert.ok(found('He described his contacts with Kislyak as part of his job on the Armed Services Committee.', id, ['Sessions testified in June.']));
  assert.ok(found('Sessions said he had understood Franken to be asking about the campaign.', id));
  assert.ok(found('Sessions maintains his words answered a narrower question than the one Franken asked.', id));
  for (const sentence of [
    'Sessions described his work on the Armed Services Committee as rewarding.',
    'Sessions described his contacts with Kislyak as brief.',
    'Franken said he was asking about the campaign.',
    'Franken maintains Sessions answered the question he asked.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});

test('"Sessions met the Russian ambassador three times during the campaign" inside a denial sentence', () => {
  const sentence = 'Franken said Sessions met the Russian ambassador three times during the campaign and then told senators he had no communications with Russians.';
  assert.deepEqual(confidentIds(sentence), ['sessions-denied-campaign-discussions', 'sessions-kislyak-2016-meetings']);
  for (const other of ['Franken met the Russian ambassador three times during the campaign.', 'Sessions met voters three times during the campaign.']) {
    assert.ok(!found(other, 'sessions-kislyak-2016-meetings'), other);
  }
});

test('the special counsel named to examine links between the Russian government and the Trump campaign', () => {
  const id = 'special-counsel-investigating';
  assert.ok(found("The deputy attorney general's order named Mueller special counsel, with authority over any links between the Russian government and people associated with the Trump campaign.", id));
  for (const sentence of [
    'Mueller was named FBI director in 2001.',
    'Mueller was named special counsel in May.',
    'Individuals associated with the Trump campaign met Russian officials.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});
