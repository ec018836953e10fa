import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('the March 2017 disclosure of the meetings is not the July 2017 intercept report', () => {
  assert.deepEqual(confidentIds('Sessions met twice with the Russian ambassador during the campaign, Justice Department officials said.'), [
    'sessions-kislyak-2016-meetings',
  ]);
  assert.deepEqual(confidentIds('Sessions had a conversation with Kislyak in his Senate office, The Washington Post reported.'), [
    'sessions-kislyak-2016-meetings',
  ]);
});

test("a March 2017 spokeswoman statement is not the July 2017 dispute of the intercept", () => {
  const ids = confidentIds("Sessions' spokeswoman said there was nothing misleading about his answer to the Judiciary Committee.");
  assert.ok(!ids.includes('doj-disputes-intercept-report'), ids.join());
});

test("Kislyak leaving Washington, Sessions fired in 2018 and stories naming the same people carry no claim", () => {
  for (const sentence of [
    'Sergey Kislyak has completed his posting in Washington and will return to Moscow, the embassy said.',
    'Trump forced out Attorney General Jeff Sessions the day after the midterm elections.',
    'The Russian ambassador attended a reception at the embassy with several senators.',
    'Sessions announced new guidelines on asset forfeiture at the Justice Department.',
    'The closed session of the committee heard from the ambassador.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [], sentence);
  }
});

test('lower-case "session" is not Jeff Sessions', () => {
  assert.deepEqual(confidentIds('In a closed session the envoy discussed the campaign with senators.'), []);
});
