import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const RELAYED = 'kislyak-reported-campaign-talks';
const SUBSTANTIVE = 'sessions-kislyak-substantive-talks';
const CAPACITY = 'sessions-senate-capacity-explanation';
const CONTEXT = ['Jeff Sessions met the Russian ambassador, Sergey Kislyak, twice in 2016.'];
const ids = (sentence: string) => confidentIds(sentence, undefined, CONTEXT);

test('a withheld confirmation of a report still relays what the report says', () => {
  assert.ok(ids("A department spokesman would not confirm the newspaper's report that Kislyak told Moscow he had discussed campaign matters with Sessions.").includes(RELAYED));
  assert.ok(ids('Officials refused to confirm the story that Kislyak informed his superiors he and Sessions had discussed the campaign.').includes(RELAYED));
  // Without a report noun, the whole clause is what is withheld.
  assert.ok(!ids('A spokesman declined to confirm that Kislyak told Moscow he had discussed campaign matters with Sessions.').includes(RELAYED));
});

test('what a confirmation is withheld for is neither stated nor denied', () => {
  assert.ok(!ids('A department spokeswoman would not confirm that Sessions and Kislyak were both at the Mayflower Hotel that April.').includes(MEETINGS));
  assert.ok(!ids('His office declined to acknowledge the September meeting with the ambassador.').includes(MEETINGS));
  // "confirm or deny" withholds both: no denial.
  assert.ok(!ids('Sessions would not confirm or deny that he had talked about sanctions with the Russian envoy.').includes(DENIED));
  assert.ok(!ids('The attorney general declined to confirm or deny that he discussed the campaign with Kislyak.').includes(DENIED));
  // An outright denial still denies.
  assert.ok(ids('Sessions denied that he had discussed the campaign with the Russian envoy.').includes(DENIED));
});

test('"no" to what someone would do, or "saying no to" a demand, denies nothing that happened', () => {
  for (const sentence of [
    'Sessions said no when a reporter asked whether he would step aside over his talks with the Russian ambassador.',
    'Sessions answered no when asked whether he planned to resign, though he did not address whether he had discussed the campaign with Kislyak.',
    'Sessions said no to senators who wanted him to explain his contacts with the Russian envoy.',
    'Sessions said no to a request that he return to testify about whether he discussed the campaign with Russian officials.',
    'Sessions said "No" when pressed on whether he would recuse himself over his contacts with Russian officials.',
  ]) assert.ok(!ids(sentence).includes(DENIED), sentence);
});

test('"no" to a question about what happened still denies it', () => {
  for (const sentence of [
    'Sessions answered no to the question of whether he had been in touch with Russians about the race.',
    'Sessions said no when the panel asked whether he had discussed the campaign with any Russian official.',
    // The answer is to the past question that follows it, not to the one about the future before it.
    'Senators asked Sessions whether he would back new sanctions; he said no when pressed on whether he had talked about the campaign with Kislyak.',
  ]) assert.ok(ids(sentence).includes(DENIED), sentence);
});

test('confirming dated contacts needs the month with the contacts, not anywhere in the sentence', () => {
  assert.ok(ids("Sessions's spokeswoman confirmed the September meeting after it was first reported in March.").includes(MEETINGS));
  assert.ok(ids('Sessions later acknowledged the July and September encounters.').includes(MEETINGS));
  assert.ok(!ids('Sessions confirmed in September that the department would drop the program, after months of contacts with advocates.').includes(MEETINGS));
  assert.ok(!ids("Sessions's confirmation vote came in February, after months of campaign contacts with diplomats and a September reception.").includes(MEETINGS));
});

test('"where he stood" is not Trump\'s positions; "where Trump stood" still is', () => {
  assert.ok(!ids('In the interview Trump made plain where he stood on Sessions, and the talk turned to the Russia inquiry.').includes(SUBSTANTIVE));
  assert.ok(ids('Sessions and Kislyak went over where Trump stood on Russia, a former official said.').includes(SUBSTANTIVE));
});

test("a senator's responsibilities are his capacity; written responses are not", () => {
  assert.ok(ids('Sessions said meeting foreign envoys was among his responsibilities on the Armed Services Committee.').includes(CAPACITY));
  assert.ok(!ids('In written responses to the panel, Sessions said he had met ambassadors on the Armed Services Committee.').includes(CAPACITY));
});
