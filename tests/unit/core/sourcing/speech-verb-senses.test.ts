/**
 * Verbs of saying that share their forms with other senses (striking, a noun, an interrogation,
 * a place in time): only the frame that says something makes them speech.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('knocking and rapping are striking unless grounds follow that can only be criticism', () => {
  assert.deepEqual(kindsOf('Deputies knocked on every door along the river road on Monday.'), []);
  assert.deepEqual(kindsOf('Officials rapped the lectern.'), []);
  assert.deepEqual(kindsOf('Officials knocked.'), []);
  assert.deepEqual(kindsOf('Rioters knocked over fences outside the embassy.'), []);
  assert.deepEqual(kindsOf('Economists knocked their growth estimates lower after the data.'), []);
  assert.deepEqual(kindsOf('The Red Sox knocked Sale for five runs before he was lifted.'), []);
  assert.deepEqual(kindsOf('The winger rapped the crossbar for the third time this half.'), []);
  assert.deepEqual(kindsOf('Garcia rapped the bench for quiet.'), []);
  assert.deepEqual(kindsOf('Bellingham knocked the Chelsea defence about for ninety minutes.'), []);
  assert.deepEqual(kindsOf('The champion knocked his rival out for his first defeat in years.'), []);
  assert.deepEqual(kindsOf('The midfielder knocked Liverpool\'s defence apart in the second half.'), []);
  assert.deepEqual(kindsOf('The midfielder knocked the ball for a corner.'), []);
  assert.deepEqual(kindsOf('The midfielder knocked the rebound for his second goal.'), []);
  assert.deepEqual(kindsOf('The senator rapped the gavel for order twice.'), []);
  // Near misses: grounds that can only be criticism keep a named critic on the record.
  assert.deepEqual(kindsOf('The governor knocked the agency for not answering letters.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor rapped the plan as "a giveaway" on Monday.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor knocked the senator\'s testimony at the hearing.'), ['on-record']);
  assert.deepEqual(kindsOf('Officials knocked the council for calling it "a done deal".'), ['anonymous']);
  assert.deepEqual(kindsOf('The governor knocked Ruiz\' answers at the hearing.'), ['on-record']);
});

test('a protest that did something is a noun with a relative clause, not speech', () => {
  assert.deepEqual(kindsOf('Farmer protests that blocked the motorway were called off on Sunday.'), []);
  assert.deepEqual(kindsOf('The Occupy Wall Street protests that began in September spread quickly.'), []);
  assert.deepEqual(kindsOf('Nurses\' union protests that shut two wards ended Monday.'), []);
  assert.deepEqual(kindsOf('Climate protests that turned violent led to arrests.'), []);
  // Near misses: the verb with its clause keeps its reading.
  assert.deepEqual(kindsOf('The coach protests that he was warned about the rule too late.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach protested that the referee ignored two fouls.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor protested last week that the ruling was unfair.'), ['on-record']);
});

test('"on" alone is no time between a verb and its clause', () => {
  assert.deepEqual(kindsOf('The union protested on behalf of drivers who were dismissed.'), []);
  assert.deepEqual(kindsOf('Hundreds protested on behalf of the workers who were hurt.'), []);
  assert.deepEqual(kindsOf('The league recognized on Saturday night referees who had served for decades.'), []);
  assert.deepEqual(kindsOf('The firm recognized today engineers who have built its tools.'), []);
  // Near misses: a real time phrase may still stand there.
  assert.deepEqual(kindsOf('The firm recognized today that engineers who built its tools were underpaid.'), ['on-record']);
  assert.deepEqual(kindsOf('The union protested on Tuesday that drivers were dismissed unfairly.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor made clear on Friday that she would not resign.'), ['on-record']);
  assert.deepEqual(kindsOf('The union protested outside the depot on Tuesday.'), []);
});

test('musing is speech only with what was mused', () => {
  assert.deepEqual(kindsOf('Harris mused over the chess problem for an afternoon.'), []);
  assert.deepEqual(kindsOf('Engineers mused over the test results for days.'), []);
  // Near misses: a clause or a quotation keeps it.
  assert.deepEqual(kindsOf('Harris mused that the party might need a new leader.'), ['on-record']);
  assert.deepEqual(kindsOf('"Maybe it is time to go," Harris mused.'), ['on-record']);
});

test('questioning a fact is an inquiry; questioning why or whether voices a doubt', () => {
  assert.deepEqual(kindsOf('Police questioned how many people were involved in the theft.'), []);
  assert.deepEqual(kindsOf('Detectives questioned what the courier had been carrying.'), []);
  assert.deepEqual(kindsOf('Nurses questioned when the patient had last taken her medicine.'), []);
  // Near misses: a doubt about why, whether or what to do stays on the record.
  assert.deepEqual(kindsOf('The auditor questioned whether the figures were complete.'), ['on-record']);
  assert.deepEqual(kindsOf('The auditor questioned how much the county could really afford.'), ['on-record']);
  assert.deepEqual(kindsOf('The auditor questioned why the invoices were paid twice.'), ['on-record']);
});

test('a negation inside the question a speaker asks is asked about, not denied', () => {
  assert.deepEqual(kindsOf('Lopez questioned why the governor had not spoken publicly.'), ['on-record']);
  assert.deepEqual(kindsOf('Lopez asked why the chief had not spoken to the families.'), ['on-record']);
  // Near misses: the speaker's own negation still denies.
  assert.deepEqual(kindsOf('Lopez said she had not spoken to the governor.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Lopez asked why, and said she had not spoken to the chief.'), ['denial', 'on-record']);
});

test('reminding someone of something is speech only when a speaker does it', () => {
  assert.deepEqual(kindsOf('Councillor Brandt reminded the panel that the bridge had failed two inspections.'), ['on-record']);
  assert.deepEqual(kindsOf('Ms Varga reminds her readers that the ferry runs late every winter.'), ['on-record']);
  assert.deepEqual(kindsOf('Brandt reminded everyone at the hearing that the audit was overdue.'), ['on-record']);
  // Near misses: a thing or an unnamed event does the reminding; a reminder as a noun.
  assert.deepEqual(kindsOf('The smell reminded him of his grandmother.'), []);
  assert.deepEqual(kindsOf('The flood reminds everyone that rivers rise fast.'), []);
  assert.deepEqual(kindsOf('A reminder went out to every tenant on Monday.'), []);
});

test('a participle after a copula that closes its clause is an adjective, not the subject speaking', () => {
  assert.deepEqual(kindsOf('Brandt skipped the vote, and the absence was telling.'), []);
  assert.deepEqual(kindsOf('The mayor never mentions the audit, and that silence is telling.'), []);
  // Near misses: a progressive with what is said, or a named speaker right before the copula.
  assert.deepEqual(kindsOf('Brandt was telling the crowd that the bridge was safe.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor has spent the week insisting the budget was balanced.'), ['on-record']);
  assert.deepEqual(kindsOf('Pressed on the budget, Brandt was insisting.'), ['on-record']);
});

test('reminding of someone is likeness, and an owned event reminds without speaking', () => {
  // "remind X of Y" is a likeness or a memory, not a statement; only a clause after the recipient is said.
  assert.deepEqual(kindsOf('Councillor Brandt reminds me of a young Lincoln.'), []);
  assert.deepEqual(kindsOf('Brandt reminded the board of the 2019 flood.'), []);
  assert.deepEqual(kindsOf('She reminded him of his uncle, Varga wrote afterwards.'), ['on-record']);
  // A possessive's noun that names no speaker: the slip or the injury does the reminding.
  assert.deepEqual(kindsOf("Brandt's slip on the stairs reminded voters that he is 79."), []);
  assert.deepEqual(kindsOf("Okafor's knee injury reminded supporters that the season runs long."), []);
  // Near misses: a possessive's speaker, a named speaker, and a firm still remind on the record.
  assert.deepEqual(kindsOf("Brandt's spokeswoman reminded voters that he is 79."), ['on-record']);
  assert.deepEqual(kindsOf('Brandt reminded voters that he is 79.'), ['on-record']);
  assert.deepEqual(kindsOf('Halvorsen Marine reminded customers that the yard closes in May.'), ['on-record']);
});

test('the verb "lies with" or "lies ahead" is where something rests, not a charge of lying', () => {
  assert.deepEqual(kindsOf('Her lawyer reminded the jurors that the burden lies with the prosecution.'), ['on-record']);
  assert.deepEqual(kindsOf('Brandt said the hardest work lies ahead.'), ['on-record']);
  // Near misses: lies as what was told.
  assert.deepEqual(kindsOf('Brandt said the report was full of lies.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Brandt said the ads told lies about her record.'), ['denial', 'on-record']);
});
