/** Words a named speaker says inside a private dispatch (intercepted, or sent to a private circle) are not on the record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

const onRecord = (sentence: string) => kindsOf(sentence).includes('on-record');

function assertOnRecord(sentences: readonly string[], expected: boolean): void {
  for (const sentence of sentences) assert.equal(onRecord(sentence), expected, sentence);
}

test('what a speaker says in an intercepted dispatch, or one sent to his own side, is not on the record', () => {
  assertOnRecord([
    'In the intercepted cables, the attaché wrote that the minister wanted a bigger contract.',
    'In monitored calls to his handlers, the courier said the shipment had left port.',
    'In those dispatches back to his superiors, the envoy describes a friendly dinner with the governor.',
    'In his reports home, the consul wrote that the election was already decided.',
    'In the tapped messages, sent over two weeks in June, the trader said the price was fixed.',
  ], false);
});

test('"in which" and "in them" after an intercept that governs the dispatch are not on the record', () => {
  assertOnRecord([
    "Spy agencies recorded the envoy's calls home, in which he boasted that the mayor owed him a favour.",
    "Investigators monitored the attaché's messages to his handlers, and in them he said the payment had cleared.",
    "Eavesdroppers listened in on the trader's calls to his bosses, in which he said the price was fixed.",
    'Agents intercepted the consul\'s cables in which he wrote that the deal was done.',
    "Agents tapped the consul's calls home and in those calls he promised the governor a contract.",
  ], false);
});

test('a dispatch sent to the public, made public, or only pointed at keeps the record (review near misses)', () => {
  assertOnRecord([
    'In those emails to reporters, the senator said the bill was dead.',
    'In those emails, the senator said the bill was dead.',
    'In those readouts, the White House said the leaders discussed trade.',
    'In those reports to Congress, the inspector general said the agency had wasted millions.',
    'In her quarterly reports to the government, the auditor general said the program was failing.',
    'In those cables, since published by WikiLeaks, the ambassador wrote that the talks had failed.',
    'In those emails, released Friday, Clinton wrote that the server was secure.',
    'In those messages, posted publicly on Facebook, the mayor said the water was safe.',
    'In those messages, the director wrote that the plant was unsafe.',
    'In those accounts, Mayor Jones said the soldiers had fired first.',
    'In these reports, the inspector general said the agency had wasted millions.',
    'In those communications to shareholders, the chief executive said profits would rise.',
    'In these messages to voters, the governor said the tax would fall.',
    'In her recorded messages to the public, the queen said the nation would endure.',
    'In leaked emails to his aides, the director wrote that the plant was unsafe.',
  ], true);
});

test('"in which" after a public message, or after an intercept word in another clause, keeps the record (review near misses)', () => {
  assertOnRecord([
    'Monitoring groups recorded 40 deaths last week, and the general issued reports, in which he said the army had shown restraint.',
    'The senator, who was monitored closely by fans, posted several messages, in which he said the vote was rigged.',
    'Police monitored the rally, and the mayor later gave a speech in which he said the crowd was peaceful.',
    'Cameras captured the exchange, and the senator later gave an interview in which he said he regretted it.',
    'Police monitored the rally, and the mayor later posted a statement in which she said the crowd was peaceful.',
    'The agency recorded a rise in complaints, and the minister published reports in which she said the service was improving.',
    'He sent emails to reporters, in which he said the plan was dead.',
    'The governor stood by her testimony, in which she said she never met the consul.',
    'Her lawyers dismissed the intercept, and the mayor gave an interview, in which she said she never met the consul.',
  ], true);
});
