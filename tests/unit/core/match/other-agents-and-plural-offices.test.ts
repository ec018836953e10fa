import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const BAD_ANSWERS = 'trump-sessions-bad-answers';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const RECUSED = 'sessions-recused-russia-probe';

test('a claim that is one person\'s statement is not stated by someone else saying it', () => {
  assert.deepEqual(confidentIds('Former Vice President Al Gore said Sessions gave bad answers at his confirmation hearing.'), []);
  assert.deepEqual(confidentIds('Sessions gave bad answers at his confirmation hearing, Mayor Bill Dwyer said.'), []);
});

test('a claim that is one person\'s act is not stated by someone else doing it', () => {
  assert.deepEqual(confidentIds('Governor Ann Holt met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('The deputy attorney general met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('Governors met Kislyak at the Mayflower Hotel in April 2016.'), []);
});

test('a plural office names a group, never the one person', () => {
  assert.deepEqual(confidentIds('Attorneys general in several states have recused themselves from the Russia investigation.'), []);
  assert.deepEqual(confidentIds('Several senators stepped aside from the Russia investigation last spring.'), []);
});

test('near misses: the claim\'s own person named, relayed or meant by a pronoun still states it', () => {
  assert.deepEqual(confidentIds('Trump said Sessions gave bad answers at his confirmation hearing.'), [BAD_ANSWERS]);
  // Relayed: the claim's speaker is named, so this is still his view.
  assert.deepEqual(confidentIds('Governor Ann Holt said Trump believes Sessions gave bad answers at his confirmation hearing.'), [BAD_ANSWERS]);
  assert.deepEqual(confidentIds('Sessions, like Franken, met Kislyak at the Mayflower Hotel in April 2016.'), [MEETINGS]);
  assert.deepEqual(confidentIds('He met Kislyak at the Mayflower Hotel in April 2016.', undefined, ['Sessions gave the keynote at a lunch.']), [MEETINGS]);
  // A singular office is the database's person.
  assert.deepEqual(confidentIds('The attorney general stepped aside from the Russia investigation last spring.'), [RECUSED]);
});

const INVESTIGATING = 'special-counsel-investigating';
const ASSESSMENT = 'russia-interference-assessment';

test('a name\'s possessive before the claim\'s first word is no subject: that word is a noun', () => {
  assert.deepEqual(confidentIds("Senator Maria Ortiz's committee is investigating whether the Russian government coordinated with people around Trump."), [INVESTIGATING]);
  assert.deepEqual(confidentIds("Congressman Ray Dunn's panel is also investigating whether the Russian government coordinated with Trump associates."), [INVESTIGATING]);
  assert.deepEqual(confidentIds("Ortiz's committee is investigating whether the Russian government coordinated with people around Trump."), [INVESTIGATING]);
});

test('an organisation\'s finding is told by people who speak for it', () => {
  assert.deepEqual(confidentIds('The declassified intelligence assessment concluded Russia interfered in the election to help Trump, Admiral Ken Ross said.'), [ASSESSMENT]);
  assert.deepEqual(confidentIds('The declassified intelligence assessment concluded Russia interfered in the election to help Trump, Pat Gray told senators.'), [ASSESSMENT]);
  // A claim spoken by a person and an organisation: someone speaking of the organisation's stand.
  assert.deepEqual(confidentIds("Prior said the department disputed the Post's account.", undefined, ['Sessions met Kislyak twice.']), ['doj-disputes-intercept-report']);
});

test('a subject followed by "of" is its head before "of"', () => {
  assert.deepEqual(confidentIds('Governors of both parties met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('Leaders of several parties met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('Governor Ann Holt of Ohio met Kislyak at the Mayflower Hotel in April 2016.'), []);
});

test('near misses: a person\'s own words and acts are still tested; the claim\'s person still states it', () => {
  assert.deepEqual(confidentIds('Dana Ruiz said Sessions gave bad answers at his confirmation hearing.'), []);
  assert.deepEqual(confidentIds('The attorney general of the United States met Kislyak at the Mayflower Hotel in April 2016.'), [MEETINGS]);
  assert.deepEqual(confidentIds("Sessions, one of Trump's advisers, met Kislyak at the Mayflower Hotel in April 2016."), [MEETINGS]);
});

test('a capitalised title read as a stranger\'s leaves the name after it someone the pack does not know', () => {
  assert.deepEqual(confidentIds('Russian Ambassador Anatoly Antonov said Sessions gave bad answers at his confirmation hearing.'), []);
  assert.deepEqual(confidentIds('Russian Ambassador Anatoly Antonov met Kislyak at the Mayflower hotel in April.'), []);
  // Near misses: the claim's own speaker or subject, named plainly or with his own title.
  assert.deepEqual(confidentIds('President Donald Trump said Sessions gave bad answers at his confirmation hearing.'), [BAD_ANSWERS]);
  assert.deepEqual(confidentIds('Attorney General Jeff Sessions met Kislyak at the Mayflower hotel in April.'), [MEETINGS]);
  assert.deepEqual(confidentIds('Sessions met Kislyak at the Mayflower hotel in April.'), [MEETINGS]);
});
