/** The article's sourcing profile and the W3C credibility signals it supports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProfile } from '../../../../src/core/sourcing/profile.js';
import { segmentBlock } from '../../../../src/core/segment.js';
import { tagBlock } from '../../../../src/core/sourcing/tag.js';
import type { SentenceResult } from '../../../../src/core/report.js';

function scan(blocks: string[]): { sentences: SentenceResult[]; count: number } {
  const sentences: SentenceResult[] = [];
  let count = 0;
  blocks.forEach((text, block) => {
    const spans = segmentBlock(text);
    count += spans.length;
    tagBlock(text, spans).forEach((sourcing, i) => {
      const span = spans[i]!;
      if (sourcing.length) sentences.push({ block, start: span.start, end: span.end, text: text.slice(span.start, span.end), claims: [], sourcing });
    });
  });
  return { sentences, count };
}

const names = (blocks: string[]) => {
  const { sentences, count } = scan(blocks);
  return buildProfile(sentences, count).signals.map((signal) => signal.name);
};

test('counts sentences per kind, attributed sentences and the unnamed share', () => {
  const { sentences, count } = scan([
    'The plant will close in June, two people familiar with the plan said.',
    'The company denied the report.',
    'According to court records, the plant lost money for five years.',
    'The plant opened in 1962.',
  ]);
  const profile = buildProfile(sentences, count);
  assert.equal(profile.sentences, 4);
  assert.equal(profile.attributed, 3);
  assert.deepEqual(profile.counts, { anonymous: 1, intercept: 0, document: 1, 'on-record': 1, denial: 1, relayed: 0 });
  assert.equal(profile.unnamedShare, 1 / 3);
});

test('signals are named as in the W3C list and explained with what fired them', () => {
  const { sentences, count } = scan([
    'The plant will close in June, two people familiar with the plan said.',
    'The company denied the report.',
    'According to court records, the plant lost money for five years.',
  ]);
  const signals = buildProfile(sentences, count).signals;
  const byName = new Map(signals.map((signal) => [signal.name, signal.explanation]));
  assert.ok(byName.get('Anonymous Sources Cited')!.includes('two people familiar with the plan said'));
  assert.ok(byName.has('Multiple Anonymous Sources Materially Cited'));
  assert.ok(!byName.has('Single Anonymous Source Materially Cited'));
  assert.ok(byName.get('Documents are Cited in the Article')!.includes('According to court records'));
  assert.ok(byName.get('Premise of article is disputed by primary subjects')!.includes('denied'));
  for (const explanation of byName.values()) assert.match(explanation, /^[A-Z].*\.$/);
});

test('a single unnamed source carrying the story', () => {
  const signals = names(['The coach will resign on Friday, a source close to the club said.', 'The club was founded in 1901.']);
  assert.ok(signals.includes('Single Anonymous Source Materially Cited'));
  assert.ok(signals.includes('Dependency on anonymous sources'));
  assert.ok(!signals.includes('Multiple Anonymous Sources Materially Cited'));
});

test('wire services, studies, intercepts and the reason for anonymity', () => {
  assert.ok(names(['The talks stalled, Reuters reported.']).includes('Cites wire services'));
  assert.ok(names(['A source told the Associated Press that the talks stalled.']).includes('Cites wire services'));
  assert.ok(names(['A study published in a medical journal found that walking helps.']).includes('Study Cited'));
  assert.ok(names(['The calls were intercepted by spy agencies.']).includes('Other Type of Source Cited'));
  const motivated = names(['Two aides, who were not authorized to discuss the talks, said they had stalled.']);
  assert.ok(motivated.includes('Motivation of Anonymous Source Wanted Anonymity is Given'));
});

test('an article with no attribution at all', () => {
  const { sentences, count } = scan(['The plant opened in 1962. It employs 400 people. It makes glass.']);
  const profile = buildProfile(sentences, count);
  assert.equal(profile.attributed, 0);
  assert.equal(profile.unnamedShare, 0);
  assert.deepEqual(profile.signals.map((signal) => signal.name), ['No Source Type Cited']);
  assert.deepEqual(buildProfile([], 0).signals, []);
});
