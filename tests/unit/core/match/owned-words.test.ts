import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema } from '../../../../src/core/claims/schema.js';
import { compileMatcher, restoreMatcher, serializeMatcher } from '../../../../src/core/match/index.js';
import { bundled, confidentIds } from './helpers.js';

const TALKS = 'kislyak-reported-campaign-talks';
const DOJ = 'doj-disputes-intercept-report';

test('an account the page gives someone other than its wordings\' owner is not the envoy\'s', () => {
  // A name in the possessive, an adjective between.
  assert.ok(!confidentIds("An aide, for his part, told the Post that Sessions' public account was at odds with the evidence.", undefined, ['Kislyak left Washington in July.']).includes(TALKS));
  assert.ok(!confidentIds("Spy agencies picked up Sessions' account of the talks.").includes(TALKS));
  // The outlet's account: the report, not what the envoy told Moscow.
  assert.ok(!confidentIds("By the Post's account, the talks between Kislyak and Sessions were substantive.").includes(TALKS));
  // "his" with only Sessions named before it.
  assert.ok(!confidentIds('Senate staff said Sessions held scores of talks with envoys in 2016, which matches his account but tells us nothing of what he and Kislyak discussed.').includes(TALKS));
});

test('near misses: the envoy\'s own account, under any name or pronoun, still matches', () => {
  assert.deepEqual(confidentIds("Spy agencies picked up Kislyak's account of the talks."), [TALKS]);
  assert.deepEqual(confidentIds("Spy agencies picked up the envoy's account of the talks."), [TALKS]);
  assert.deepEqual(confidentIds("In Kislyak's account, intercepted by spy agencies, he and Sessions discussed the campaign."), [TALKS]);
  // "his" with the envoy named before it.
  assert.deepEqual(confidentIds('Senate staff said Kislyak held scores of talks with senators in 2016, which matches his account of what he and Sessions discussed.'), [TALKS]);
  // Someone else's account that states the claim outright still states it.
  assert.deepEqual(confidentIds("By the newspaper's account, intercepts showed that Kislyak and Sessions discussed the campaign."), [TALKS]);
});

test('near miss: a claim whose wordings give the account to the outlet keeps the outlet\'s', () => {
  assert.deepEqual(confidentIds("The Justice Department disputed the Post's account."), [DOJ]);
});

test('a stored matcher keeps the words its claims own', () => {
  const restored = restoreMatcher(structuredClone(serializeMatcher(bundled)));
  assert.ok(restored);
  assert.ok(!confidentIds("Spy agencies picked up Sessions' account of the talks.", restored).includes(TALKS));
  assert.deepEqual(confidentIds("Spy agencies picked up Kislyak's account of the talks.", restored), [TALKS]);
});

test('a word whose own phrase names the envoy as owner is his, whoever is named before it', () => {
  // The lexicon phrase holds its owner ("Kislyak's reports"): a possessive earlier in the sentence owns other words.
  assert.ok(confidentIds("Trump's advisers said Kislyak's reports concerned his encounters with Sessions.").includes(TALKS));
  assert.ok(confidentIds("Trump's attorneys maintain Kislyak's reports concerned his encounters with Sessions.").includes(TALKS));
  assert.ok(confidentIds("Sessions' critics claim Kislyak's reports concerned his encounters with Sessions.").includes(TALKS));
  assert.ok(confidentIds("The Post's informants say Kislyak reports concerned his encounters with Sessions.").includes(TALKS));
});

test('a possessive owns the noun after it, not a word past its noun and a verb', () => {
  assert.ok(confidentIds("Trump's advisers admit accounts covered two of Kislyak's encounters in April and July.").includes(TALKS));
  assert.ok(confidentIds("Sessions' attorneys say accounts covered two of Kislyak's encounters in April and July.").includes(TALKS));
  assert.ok(confidentIds("The Post's editors believe accounts covered two of Kislyak's encounters in April and July.").includes(TALKS));
});

test('near misses: a possessive a word before the account still owns it', () => {
  assert.ok(!confidentIds("Analysts compared Sessions' sworn account of the talks with the record.").includes(TALKS));
  assert.ok(!confidentIds("Spy agencies never heard Sessions' own account of the talks.").includes(TALKS));
  assert.ok(!confidentIds("On the Post's Friday account, the talks between Kislyak and Sessions were substantive.").includes(TALKS));
  // A phrase opened by "his" is judged by that "his": only Sessions named before it.
  assert.ok(!confidentIds('Senate staff said Sessions met many envoys in 2016, which matches his account but says nothing of what he and Kislyak discussed.').includes(TALKS));
});

/** A one-claim pack about Corva's memo, in the given wordings. */
function harbourMatcher(match: { phrasings: string[]; all?: string[][] }) {
  const pack = packSchema.parse({
    schemaVersion: 1,
    publisher: 'tests',
    version: '1',
    updated: '2024-01-01',
    license: 'CC0-1.0',
    name: 'Harbour',
    lexicon: { briefing: ['briefing', 'briefing paper'], memo: ['memo', 'memorandum'] },
    entities: [
      { id: 'corva', name: 'Ines Corva', kind: 'person', aliases: ['Corva'] },
      { id: 'dale', name: 'Owen Dale', kind: 'person', aliases: ['Dale'] },
    ],
    claims: [
      {
        id: 'corva-memo-harbour',
        statement: 'A memo by Corva backed the harbour deal.',
        status: 'disputed',
        involved: [{ entity: 'corva', role: 'subject' }],
        match,
      },
    ],
  });
  return compileMatcher([pack]);
}

test('a word owned in one wording is owned where another wording lists it in a group of terms', () => {
  const matcher = harbourMatcher({ phrasings: ["Corva's memo backed the harbour deal", 'the harbour deal was backed'], all: [['@memo', '@briefing']] });
  assert.deepEqual(confidentIds("Dale's memo says the harbour deal was backed.", matcher), []);
  // Near misses: the claim's own owner, the group's other term (no wording owns it), no owner at all.
  assert.deepEqual(confidentIds("Corva's memo says the harbour deal was backed.", matcher), ['corva-memo-harbour']);
  assert.deepEqual(confidentIds("Dale's briefing says the harbour deal was backed.", matcher), ['corva-memo-harbour']);
  assert.deepEqual(confidentIds('A memo says the harbour deal was backed.', matcher), ['corva-memo-harbour']);
});

test('a wording\'s owner owns the noun after a bracketed modifier, not the modifier', () => {
  const matcher = harbourMatcher({ phrasings: ["Corva's [leaked] memo backed the harbour deal"] });
  const stored = restoreMatcher(structuredClone(serializeMatcher(matcher)));
  assert.ok(stored);
  for (const scan of [matcher, stored]) {
    assert.deepEqual(confidentIds("Corva said Dale's memo backed the harbour deal.", scan), []);
    assert.deepEqual(confidentIds("Corva said Dale's leaked memo backed the harbour deal.", scan), []);
    assert.deepEqual(confidentIds("Corva's leaked memo backed the harbour deal.", scan), ['corva-memo-harbour']);
    assert.deepEqual(confidentIds('Corva wrote that a leaked memo backed the harbour deal.', scan), ['corva-memo-harbour']);
  }
});
