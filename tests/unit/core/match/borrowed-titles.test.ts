import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const RECUSED = 'sessions-recused-russia-probe';
const TALKS = 'kislyak-reported-campaign-talks';

test('a title followed directly by another person\'s name is that person\'s, not the database\'s', () => {
  assert.deepEqual(confidentIds('Former Attorney General Eric Holder denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds('Acting Attorney General Sally Yates said she had never talked about the campaign with Kislyak.'), []);
  assert.deepEqual(confidentIds('Ambassador John Tefft told his bosses in Moscow that he and Sessions had talked about the campaign.'), []);
});

test('a modifier that makes the title another office leaves the database\'s person out', () => {
  assert.deepEqual(confidentIds('Deputy Attorney General Smith denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds('The associate attorney general stepped aside from the Russia investigation last spring.'), []);
  assert.deepEqual(confidentIds('The Ohio attorney general stepped aside from the Russia investigation last spring.'), []);
});

test('near misses: a title carrying the person\'s own name, or none, still names the person', () => {
  assert.deepEqual(confidentIds('Former Attorney General Jeff Sessions denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  assert.deepEqual(confidentIds('Attorney General Sessions stepped aside from the Russia investigation last spring.'), [RECUSED]);
  // A weekday after the title is no name.
  assert.deepEqual(confidentIds('The attorney general Friday denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  // A headline in title case: the capitalised verb after the title is no name.
  assert.deepEqual(confidentIds('Attorney General Denies Discussing Campaign With Russian Envoy'), [DENIED]);
  // "the Alabama senator" is one of Sessions' own titles, the state part of it.
  assert.deepEqual(confidentIds('The Alabama senator stepped aside from the Russia investigation last spring.'), [RECUSED]);
  assert.deepEqual(confidentIds('Russian Ambassador Sergey Kislyak told his bosses in Moscow that he and Sessions had talked about the campaign.'), [TALKS]);
});

test('a headline in title case keeps its title though a preposition stays lower-case', () => {
  assert.deepEqual(confidentIds('Attorney General Steps Aside From Russia Inquiry amid Mounting Criticism'), [RECUSED]);
  assert.deepEqual(confidentIds("Trump's Attorney General Steps Aside From Russia Probe amid Calls to Quit"), [RECUSED]);
  assert.deepEqual(confidentIds('Attorney General Recuses Himself From Russia Probe like Others Before Him'), [RECUSED]);
  // Near misses: a sentence whose lower-case words are more than prepositions is no headline.
  assert.deepEqual(confidentIds('Attorney General Loretta Lynch met Bill Clinton at Phoenix airport and stepped aside from the Russia investigation.'), []);
  assert.deepEqual(confidentIds('Attorney General Eric Holder Steps Aside From Russia Inquiry, officials confirmed'), []);
});

test('a name after a title that is the subject of a clause of its own leaves the title to the database', () => {
  assert.deepEqual(confidentIds('The attorney general Trump keeps criticising stepped aside from the Russia investigation.'), [RECUSED]);
  assert.deepEqual(confidentIds('The attorney general President Trump picked stepped aside from the Russia investigation.'), [RECUSED]);
  // Near misses: the name after the title is the title's, and nobody of the database.
  assert.deepEqual(confidentIds('The attorney general Eric Holder stepped aside from the Russia investigation.'), []);
  assert.deepEqual(confidentIds('The acting attorney general Sally Yates stepped aside from the Russia investigation.'), []);
});

test('a date or a numbered thing after a title is no name', () => {
  assert.deepEqual(confidentIds('The attorney general Feb. 2 denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  assert.deepEqual(confidentIds('The attorney general Oct. 14 denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  // Near misses: a name stays a name.
  assert.deepEqual(confidentIds('The attorney general Eric Holder denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds('Attorney General Ron Jones denied ever discussing the campaign with the Russian envoy.'), []);
});

test('a place owned by a possessive names where an office sits, not another office', () => {
  assert.deepEqual(confidentIds("Moscow's Washington ambassador told his bosses that he had talked about the campaign with Sessions."), [TALKS]);
  assert.deepEqual(confidentIds("The Kremlin's Washington ambassador told his bosses that he had talked about the campaign with Sessions."), [TALKS]);
  // Near misses: without the possessive the state makes it another office.
  assert.deepEqual(confidentIds('The Washington attorney general stepped aside from the Russia investigation last spring.'), []);
  assert.deepEqual(confidentIds('The Texas attorney general stepped aside from the Russia investigation last spring.'), []);
});

test('a title set off by commas beside a name the database does not hold is that name\'s', () => {
  assert.deepEqual(confidentIds('Eric Holder, the former attorney general, denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds("Obama's attorney general, Eric Holder, denied ever discussing the campaign with the Russian envoy."), []);
  // Near misses: the database's own name, or no name closed off by commas.
  assert.deepEqual(confidentIds('Jeff Sessions, the attorney general, denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  assert.deepEqual(confidentIds('The attorney general, Jeff Sessions, denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  assert.deepEqual(confidentIds('In Washington, the attorney general denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
});
