import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DOJ = 'doj-disputes-intercept-report';
const SESSIONS_DENIED = 'sessions-denied-campaign-discussions';

test('the department disputing a report that names what this story is about disputes the intercept report', () => {
  for (const sentence of [
    'The Justice Department disputed a report that Sessions had talked over the campaign with the Russian envoy.',
    'The department disputed reports that Sessions discussed campaign business with Kislyak.',
  ]) {
    assert.ok(confidentIds(sentence).includes(DOJ), sentence);
  }
});

test('the department disputing some other report, story or article is not this claim', () => {
  for (const sentence of [
    'The Justice Department disputed an audit by its own inspector general.',
    'The department rejected the report\u2019s findings about the bureau.',
    'A Justice Department spokeswoman disputed the story about the agency budget.',
    'The Justice Department disputed the Times story about the travel ban.',
    'The Justice Department disputed the report on shootings by Chicago police.',
    'The Justice Department disputed reports that it would settle with the bank.',
    'The Justice Department disputed the article.',
    'A Justice Department spokesman disputed the story.',
    'A former Justice Department official said the intercept story hurt him less than the president\u2019s public scorn.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DOJ), sentence);
  }
});

test('a question or a call in an earlier clause leaves a later denial standing', () => {
  for (const [sentence, claim] of [
    ['At the hearing Sessions was asked about Russia and he denied discussing the campaign with Kislyak.', SESSIONS_DENIED],
    ['Democrats demanded he recuse himself after Sessions denied discussing the campaign with Kislyak.', SESSIONS_DENIED],
    ['Asked about the intercepts the Justice Department disputed the Post\u2019s report.', DOJ],
    ['The department would not confirm the meeting and disputed the Post\u2019s report.', DOJ],
  ] as const) {
    assert.ok(confidentIds(sentence).includes(claim), sentence);
  }
});
