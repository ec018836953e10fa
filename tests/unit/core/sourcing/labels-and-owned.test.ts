import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recurringLabels } from '../../../../src/core/sourcing/label-keys.js';
import { segmentBlock } from '../../../../src/core/segment.js';
import { tagRead } from '../../../../src/core/sourcing/tag.js';
import { readBlock } from '../../../../src/core/text/read-block.js';
import { kindsOf, cueOf } from './helpers.js';

/** The kinds of each block's first sentence, tagged as scanBlocks does: labels known document-wide. */
function documentKinds(blocks: string[]): string[][] {
  const labels = recurringLabels(blocks);
  return blocks.map((block) => {
    const cues = tagRead(readBlock(block, segmentBlock(block)), labels)[0] ?? [];
    return [...new Set(cues.map((cue) => cue.kind))].sort();
  });
}

test('recurringLabels keeps the labels that open two or more blocks, case and spacing aside', () => {
  assert.deepEqual([...recurringLabels(['PEREZ: Yes.', 'HOST: And then?', 'Perez:  No.', 'Weather: rain'])], ['perez']);
  assert.deepEqual([...recurringLabels(['A sentence with no label at all.', 'Another: but only once.'])], []);
});

test("a transcript's recurring speaker label is no source; only the attributions inside a turn are", () => {
  assert.deepEqual(documentKinds(['PEREZ: The budget is balanced.', 'HOST: And the deficit?', 'PEREZ: The deficit is shrinking.']), [[], [], []]);
  // What the turn attributes still counts: an outlet, unnamed people, a named third party.
  assert.deepEqual(documentKinds(['HOST: The Ledger reported the deal on Monday.', 'PEREZ: Officials told me it was signed.', 'HOST: Okay.']), [['relayed'], ['anonymous'], []]);
  assert.deepEqual(documentKinds(['HOST: The mayor said she never saw the contract.', 'PEREZ: Right.']), [['denial', 'on-record'], []]);
  // A kicker repeated on every item of a digest is still no source.
  assert.deepEqual(documentKinds(['Exclusive: The budget is balanced.', 'Exclusive: The deficit is shrinking.']), [[], []]);
});

test('a clip label naming whose recording plays puts that person on the record', () => {
  const script = [
    'REPORTER: The treasurer told the council on Tuesday that the deal was off.',
    'SOUNDBITE: TREASURER ANA RUIZ, at the council meeting: "We never signed that contract."',
    'REPORTER: The council meets again in May.',
    'SOUNDBITE: RUIZ, later that night: "It is over."',
  ];
  assert.deepEqual(documentKinds(script), [['on-record'], ['denial', 'on-record'], [], ['on-record']]);
  // Not a clip: a colon with no quotation after it, a quotation with no colon, unnamed people.
  assert.deepEqual(documentKinds(['REPORTER: Here is the plan: build first, pay later.', 'REPORTER: Fine.']), [[], []]);
  assert.deepEqual(documentKinds(['PEREZ: Ruiz called it "a mistake" at the time.', 'PEREZ: Yes.']), [['on-record'], []]);
  assert.deepEqual(documentKinds(['SOUNDBITE: TWO RESIDENTS, at the meeting: "We were never told."', 'SOUNDBITE: Rain.']), [['anonymous'], []]);
});

test('a headline label naming unnamed people or a report is their attribution; a kicker is none', () => {
  assert.deepEqual(kindsOf('Officials: budget shortfall far larger than first stated'), ['anonymous']);
  assert.deepEqual(kindsOf('BOMBSHELL: Mayor kept a second payroll for years'), []);
  assert.deepEqual(kindsOf('Up Next: the weekend weather with Dana'), []);
  assert.deepEqual(kindsOf('March 2019: the council votes on the plan'), []);
});

test("a statement told through a noun its speaker owns is on the record; one that disputes is a denial", () => {
  assert.deepEqual(kindsOf('His excuse — that he misread the question — did not persuade the committee.'), ['on-record']);
  assert.equal(cueOf('His excuse — that he misread the question — did not persuade the committee.', 'on-record'), 'His excuse');
  assert.deepEqual(kindsOf("The agency's answer, delivered by spokesman Eli Grant, was to question the figures."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The agency's answer was to blame the weather."), ['on-record']);
  // The noun with no content after it states nothing.
  assert.deepEqual(kindsOf('His excuse did not persuade the committee.'), []);
});

test("a transcript speaker's greeting, thanks, short reply or analysis alike attributes nothing", () => {
  const panel = [
    'NOVAK: Good morning, and we start with the harbor contract.',
    'LINDQVIST: The port authority signed it without a tender.',
    'NOVAK: Priya, you have been reading the filings all week.',
    'LINDQVIST: Mostly.',
    'LINDQVIST: Well, the board approved the change in March.',
  ];
  assert.deepEqual(documentKinds(panel), [[], [], [], [], []]);
  // A label that opens a single block still names its speaker when the first person or a quotation follows.
  assert.deepEqual(documentKinds(['NOVAK: "Never."']), [['on-record']]);
  assert.deepEqual(documentKinds(['Novak: I never met him.']), [['denial', 'on-record']]);
});

test('a party\'s line, and a statement held "since" a time, are what the party says', () => {
  assert.deepEqual(kindsOf('The mayor\'s line, ever since the audit, has been that she signed nothing.'), ['on-record']);
  assert.deepEqual(kindsOf('The union\'s line since May: the strike will go on until the pay deal is signed.'), ['on-record']);
  assert.deepEqual(kindsOf('His explanation since January has been that the invoices were lost in the move.'), ['on-record']);
  assert.deepEqual(kindsOf('The board\'s position since June, set out by its chair, is that the sale was lawful.'), ['on-record']);
  // Near misses: a line of credit or of products, a line someone crossed, a "since" that is no time.
  assert.deepEqual(kindsOf('The bakery\'s line of credit was to run out in the spring.'), []);
  assert.deepEqual(kindsOf('The firm\'s product line, launched in May, was a hit with buyers.'), []);
  assert.deepEqual(kindsOf('The coach\'s line was painted white before the match.'), []);
  assert.deepEqual(kindsOf('His position since the injury is that of a reserve goalkeeper.'), []);
});

test('a "line" (or "bottom line") is a party\'s position only right after its owner, not a phone or picket line', () => {
  assert.deepEqual(kindsOf('Her phone line since May: dead.'), []);
  assert.deepEqual(kindsOf('The union\'s picket line since Monday: four blocks long.'), []);
  assert.deepEqual(kindsOf('His credit line was to be cut in half.'), []);
  // Near misses: the owner right before "line", with or without a since-phrase.
  assert.deepEqual(kindsOf('Her line since May: the audit was rigged.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor\'s line was that the roads were safe.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor\'s bottom line: the roads were safe all winter.'), ['on-record']);
  assert.deepEqual(kindsOf('Mayor Ortiz\'s line since March has been that the pay offer is too low.'), ['on-record']);
});

test("a party's statement noun, or a speech noun past a complement or an aside, carries what it says", () => {
  assert.deepEqual(kindsOf("The governor's statement that she had never seen the contract was read out twice."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("Halvorsen Marine's announcement that it would hire forty welders came in May."), ['on-record']);
  assert.deepEqual(kindsOf("Ms Lund's remarks to the Harbour Gazette, printed on Friday, that the pier would reopen cheered the traders."), ['on-record']);
  assert.deepEqual(kindsOf('His reply in the same radio interview that the audit was finished went unchallenged.'), ['on-record']);
  assert.deepEqual(kindsOf("The coach's explanation, offered after the match, that his players were tired convinced few fans."), ['on-record']);
  // Near misses: a relative clause on the noun or on the complement's own noun, a "that" of time, no owner.
  assert.deepEqual(kindsOf('Her reply that she gave in the lobby was short.'), []);
  assert.deepEqual(kindsOf("The firm's statement that it released on Monday ran to two lines."), []);
  assert.deepEqual(kindsOf("The governor's remarks to the crowd that gathered outside were brief."), []);
  assert.deepEqual(kindsOf('His remarks at the rally that night were brief.'), []);
  assert.deepEqual(kindsOf('The statement that the pier would reopen cheered the traders.'), []);
});

test('a relative clause on the complement\'s noun, whose verb lacks its object, is not what the party said', () => {
  assert.deepEqual(kindsOf("Brandt's remarks about the bridge that the county would pay for were wrong."), []);
  assert.deepEqual(kindsOf("The councillor's remarks on a levy that Republicans defeated angered the unions."), []);
  assert.deepEqual(kindsOf("The mayor's statement on the levy that the council approved was short."), []);
  assert.deepEqual(kindsOf("Halvorsen Marine's statement of claim that it lodged in June alleged fraud."), []);
  assert.deepEqual(kindsOf('His reply to the critics that he has snubbed for months was a shrug.'), []);
  assert.deepEqual(kindsOf("Okafor's answer to the puzzle, written on a coaster, that the waiter found was wrong."), []);
  assert.deepEqual(kindsOf("The governor's statement that the board released on Friday ran to four pages."), []);
  assert.deepEqual(kindsOf("The agency's reply that day was muddled."), []);
  // Near misses: the content with an object, a copula, a passive or a modal's verb stays said.
  assert.deepEqual(kindsOf("Brandt's remarks about the bridge that the county would pay for it were cheered."), ['on-record']);
  assert.deepEqual(kindsOf("The councillor's remarks on the levy that she had opposed it from the start angered the unions."), ['on-record']);
  assert.deepEqual(kindsOf("The mayor's statement on the levy that the rate was fair drew scrutiny."), ['on-record']);
  assert.deepEqual(kindsOf("Okafor's answer in the same interview that the ferry would sail again pleased the town."), ['on-record']);
});

test('a response that "was to" act is an act; only a verb of saying or disputing after it is said', () => {
  assert.deepEqual(kindsOf("The county's response to the storm, late and confused, was to send in the army."), []);
  assert.deepEqual(kindsOf("The club's response after the break, two goals down, was to score four times."), []);
  assert.deepEqual(kindsOf("The central bank's response to the slump was to lower rates."), []);
  assert.deepEqual(kindsOf('Her reply in the group chat, a single emoji, was to agree.'), []);
  // Near misses: blaming, questioning or saying after "was to" is what the party said.
  assert.deepEqual(kindsOf("The county's response to the storm was to blame the forecasters."), ['on-record']);
  assert.deepEqual(kindsOf("The club's response, issued through its press office, was to question the referee's figures."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The central bank's response was that rates would stay put."), ['on-record']);
});
