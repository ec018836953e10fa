import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundled, bundledPacks, confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
/** An opening that names both men. */
const BOTH = ['The attorney general, Jeff Sessions, spoke with Sergey Kislyak, Russia\u2019s envoy, during the 2016 race.'];

test('an encounter carrying one of the claim\u2019s own facts states it once both men are named', () => {
  for (const sentence of [
    'The first was at the Mayflower in April, during a speech by the candidate.',
    'The second came in July, on the sidelines of the Republican convention.',
    'That sit-down in September was the only one on his calendar.',
    'Aides later confirmed the Cleveland encounter.',
    'In all there were three known encounters that year.',
    'He has acknowledged two of the three, a spokeswoman said.',
    'Their third meeting, in September 2016, lasted half an hour.',
    'The two men crossed paths again at a reception in Cleveland, and the conversation was brief.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [MEETINGS], sentence);
  }
});

test('without both men named so far, an encounter with a fact is anyone\u2019s', () => {
  assert.deepEqual(confidentIds('The meeting took place in September.'), []);
  assert.deepEqual(confidentIds('The meeting took place in September.', bundled, ['Jeff Sessions testified on Tuesday.']), []);
});

test('another\u2019s encounter, or a count of something else, keeps its reading (near misses)', () => {
  for (const sentence of [
    // Someone else's dealings in the same story.
    'In December, the envoy had three conversations with Michael Flynn.',
    'In September he also held meetings with the ambassadors of India and Brazil.',
    'In July, party officials held a meeting in Cleveland about security.',
    // A count of weeks, not of encounters.
    'Three weeks later, the panel scheduled a meeting on the budget.',
    // No fact of the claim's: another month, another place.
    'The meeting at Trump Tower took place in June.',
    // The month dates something else: another clause, another day or year, the writer's time.
    'On July 14, a newspaper said spy agencies had listened to the conversations.',
    'A July 2017 story quoted the envoy\u2019s own accounts of the conversations.',
    'What nobody knew until last July was how the conversations read in Moscow.',
    // A gerund with an object of its own is no encounter.
    'Meeting a diplomat in a Senate office is hardly a scandal, his aide said.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [], sentence);
  }
  // An article about something else that names a convention or a hotel.
  assert.deepEqual(confidentIds('The first meeting of the union was in April at the Mayflower Hotel.', bundled, ['The hotel workers voted on Monday.']), []);
});

test('a block gives the same answer scanned alone with its context as in the whole page', () => {
  const block = 'The meeting took place in September 2016.';
  const ids = (results: ReturnType<typeof scanBlocks>, at: number) => results.filter((r) => r.block === at).flatMap((r) => r.claims.map((c) => c.id));
  assert.deepEqual(ids(scanBlocks([...BOTH, block], bundled), 1), [MEETINGS]);
  assert.deepEqual(ids(scanBlocks([block], bundled, { runs: [{ start: 0, before: BOTH }] }), 0), [MEETINGS]);
  assert.deepEqual(ids(scanBlocks([block], bundled), 0), []);
});

test('facts make a wording only for a claim about two people\u2019s dealings', () => {
  const pack = structuredClone(bundledPacks[0]!);
  const recusal = pack.claims.find((claim) => claim.id === 'sessions-recused-russia-probe')!;
  recusal.match!.facts = ['March'];
  const matcher = compileMatcher([pack]);
  const ids = scanBlocks([...BOTH, 'The meeting was in March.'], matcher).filter((r) => r.block === 1).flatMap((r) => r.claims.map((c) => c.id));
  assert.deepEqual(ids, []);
});

test('an encounter given to someone else anywhere in its clause is not the two men\u2019s', () => {
  for (const sentence of [
    'Kislyak held a meeting in April with Israel\u2019s foreign minister.',
    'Kislyak also had a meeting in July with Sen. Amy Klobuchar.',
    'Sessions had a conversation in September with the Georgian ambassador.',
    'Sessions had more than twenty conversations in September with foreign envoys.',
    'Sessions\u2019s staff held three meetings in September with envoys from Asia.',
    'The July meeting at Trump Tower between Manafort and a lobbyist drew scrutiny.',
    'The three contacts between Papadopoulos and Russian intermediaries came in July.',
    'The exchange in July between the candidate and a Gold Star family dominated cable news.',
    'The meeting of G7 finance ministers in April dealt with Ukraine.',
    'Klobuchar\u2019s meeting in July was with farmers.',
    'The Armed Services Committee\u2019s meeting in September was cancelled.',
    'At the three meetings Klobuchar held in July, voters asked about Moscow.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [], sentence);
  }
});

test('an ordinal or a share stands for their encounters only right after a sentence about both', () => {
  const cases: [string[], string][] = [
    [['Trump made two big speeches on foreign policy that spring.'], 'The first was the April address at the Mayflower, where he praised Putin.'],
    [['The campaign staged two rallies in Ohio.'], 'The first was in July in Cleveland, the second in Toledo.'],
    [['Polls tightened twice that fall.'], 'The second came in September, after the debate.'],
    [[], 'In the first two weeks of September, the polls tightened.'],
    [[], 'The last two weeks of July were a blur for the campaign.'],
  ];
  for (const [between, sentence] of cases) assert.deepEqual(confidentIds(sentence, bundled, [...BOTH, ...between]), [], sentence);
  // Near misses that keep today's reading: right after a sentence naming both, or stating the claim.
  for (const sentence of ['The first one, in April, was at the Mayflower Hotel.', 'He has acknowledged two of the three, a spokeswoman said.']) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [MEETINGS], sentence);
  }
  const stated = [...BOTH, 'There were three known encounters that year.'];
  assert.deepEqual(confidentIds(stated[1]!, bundled, BOTH), [MEETINGS]);
  assert.deepEqual(confidentIds('The first came in April at the Mayflower.', bundled, stated), [MEETINGS]);
});

test('an encounter word as a verb, in a navigation line or as an occasion is no encounter', () => {
  for (const sentence of [
    'Prisoners were exchanged in September.',
    'Contact the newsroom | Two ways to subscribe | Meetings and events in April',
    'On one occasion in July, the president posted about the inquiry.',
    'The occasion in April was a press dinner.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [], sentence);
  }
});

test('names in a navigation line, or named long ago, do not make a dated meeting theirs', () => {
  const crumbs = ['Home | Politics | Sessions | Kislyak | Russia probe'];
  for (const sentence of [
    'A meeting in April at a Washington hotel brought together hundreds of mayors.',
    'Organizers expect the meeting in Cleveland in July to draw 40,000 people.',
    'The conversation in September between rival coaches ended politely.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, crumbs), [], sentence);
  }
  const filler = ['The weather turned cold.', 'Markets were calm.', 'A storm hit the coast.'];
  assert.deepEqual(confidentIds('There were three meetings in all, the report said.', bundled, [...BOTH, ...filler]), []);
  // Talking about both right now: the dated meeting is theirs.
  assert.deepEqual(confidentIds('The September sit-down was brief, Sessions and Kislyak both said.', bundled, filler), [MEETINGS]);
});

/** The blocks before block `at` that a context of `chars` characters and `count` blocks carries (the browser's budgets). */
function contextOf(blocks: readonly string[], at: number, chars: number, count: number): string[] {
  let from = at;
  while (from > 0 && count > 0 && blocks[from - 1]!.length <= chars) {
    chars -= blocks[--from]!.length;
    count--;
  }
  return blocks.slice(from, at);
}

test('a block scanned alone with its context agrees with the whole page at both budgets', () => {
  const filler = Array.from({ length: 7 }, (_, k) => `Paragraph ${k + 1} of the story is about the weather and the markets.`);
  const page = [...BOTH, 'The first was in April at the Mayflower Hotel.', ...filler, 'There were three meetings in all, the report said.', 'The September meeting was routine.'];
  const ids = (blocks: readonly string[], at: number, before: string[]) =>
    scanBlocks(blocks.slice(at, at + 1), bundled, { runs: before.length ? [{ start: 0, before }] : [] }).flatMap((r) => r.claims.map((c) => c.id));
  const whole = scanBlocks(page, bundled);
  for (const [chars, count] of [[20000, 400], [4000, 6]] as const) {
    page.forEach((_, at) => {
      const alone = ids(page, at, contextOf(page, at, chars, count));
      assert.deepEqual(alone, whole.filter((r) => r.block === at).flatMap((r) => r.claims.map((c) => c.id)), `${chars}: ${page[at]}`);
    });
  }
  assert.deepEqual(whole.filter((r) => r.block === 1).flatMap((r) => r.claims.map((c) => c.id)), [MEETINGS]);
});
