import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('briefing Moscow is reporting home', () => {
  const briefed = 'According to the paper, the ambassador briefed Moscow about his campaign conversations with Sessions.';
  assert.ok(confidentIds(briefed).includes('kislyak-reported-campaign-talks'));
});

test('"got into" a subject is discussing it', () => {
  const gotInto = 'An ex-official said the men got into Trump\'s stance on Russia and how the relationship with Moscow might change under him.';
  assert.ok(confidentIds(gotInto, undefined, ['Sessions met Kislyak twice that year.']).includes('sessions-kislyak-substantive-talks'));
});

test('"anyone from Russia" are Russians in a denial', () => {
  const denial = 'His spokesman insisted Sessions never talked about the campaign with anyone from Russia.';
  assert.ok(confidentIds(denial).includes('sessions-denied-campaign-discussions'));
});

test('faulting the answers given at the hearing is calling them bad', () => {
  const faulted = 'Trump also criticized the answers Sessions gave lawmakers at his confirmation hearing.';
  assert.ok(confidentIds(faulted).includes('trump-sessions-bad-answers'));
  // Criticising someone else's testimony is not this claim.
  assert.ok(!confidentIds('Trump criticized the answers Comey gave lawmakers at a hearing.').includes('trump-sessions-bad-answers'));
});

test('committees "digging into" coordination are investigating it', () => {
  const digging = 'Special counsel Robert Mueller and two congressional committees are digging into whether Trump aides coordinated with Moscow.';
  assert.ok(confidentIds(digging).includes('special-counsel-investigating'));
});
