/** Verbs of criticizing, protesting, making clear and questioning: speech only in the frames that say something. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a verb of striking criticizes with its grounds or an object that was said', () => {
  assert.deepEqual(kindsOf('The coach knocked the referee for a "shameful" call in the final minute.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor knocked the council\'s remarks at Tuesday\'s meeting.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor rapped the agency as a "disgrace" over the delays.'), ['on-record']);
  // Near misses: striking, a phrasal verb, a comparison and a clause opened by "as".
  assert.deepEqual(kindsOf('The mayor knocked on the door of the council chamber for ten minutes.'), []);
  assert.deepEqual(kindsOf('The coach knocked his rival out for the count in the third round.'), []);
  assert.deepEqual(kindsOf('The senator rapped the table twice and left the room.'), []);
  assert.deepEqual(kindsOf('The coach knocked the ball as hard as he could.'), []);
  assert.deepEqual(kindsOf('There was a knock at the door of the mayor\'s office.'), []);
});

test('protesting is speech only with a clause; the noun and a street protest are not', () => {
  assert.deepEqual(kindsOf('The coach protests that the referee is being unfair to his team.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor protested on Friday that the ruling was unfair.'), ['on-record']);
  // Near misses: the noun, a relative clause on it, and protesting somewhere.
  assert.deepEqual(kindsOf('Thousands joined street protests that shut the capital on Friday.'), []);
  assert.deepEqual(kindsOf('The union protests drew thousands of workers to the square.'), []);
  assert.deepEqual(kindsOf('The governor protested outside the courthouse on Monday.'), []);
});

test('making clear is speech with a clause, not clear progress', () => {
  assert.deepEqual(kindsOf('The chairwoman, for her part, has made clear she is not resigning.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor made it clear that she would veto the budget.'), ['on-record']);
  // Near misses: "clear" as an adjective of an object.
  assert.deepEqual(kindsOf('The mayor made clear progress on the budget this year.'), []);
  assert.deepEqual(kindsOf('The league made clear gains in attendance last season.'), []);
  assert.deepEqual(kindsOf('The mayor made it clear of snow before the parade.'), []);
});

test('questioning how or why voices a doubt; questions that remain and a questioned suspect do not', () => {
  assert.deepEqual(kindsOf('And the treasurer questions how much weight anyone should give a single audit.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach also questioned why the match had been moved.'), ['on-record']);
  // Near misses: the noun, an interrogation, and a relative clause on the noun.
  assert.deepEqual(kindsOf('Questions remain about how the money was spent.'), []);
  assert.deepEqual(kindsOf('Detectives questioned the treasurer about the missing funds.'), []);
  assert.deepEqual(kindsOf('The treasurer faces questions which remain unanswered.'), []);
});

test('berating, disparaging and scolding are public criticism; musing is speech', () => {
  assert.deepEqual(kindsOf('The owner has publicly berated the coach in interviews and posts.'), ['on-record']);
  assert.deepEqual(kindsOf('The owner disparaged his own coach on the radio.'), ['on-record']);
  assert.deepEqual(kindsOf('In the same interview she mused that she might run for governor.'), ['on-record']);
  // Near misses: a participle or an adjective, with no speaker doing it.
  assert.deepEqual(kindsOf('A berated clerk quit the next morning.'), []);
  assert.deepEqual(kindsOf('Scolded children rarely remember why.'), []);
  assert.deepEqual(kindsOf('The disparaging posts were deleted within an hour.'), []);
});

test('calling a claim speculation or a rumor disputes it; talk of speculation does not', () => {
  assert.deepEqual(kindsOf('A Velmont spokeswoman called the merger story "speculation" and hung up.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Councillor Brandt dismissed the account as rumor.'), ['denial', 'on-record']);
  // Near misses: speculation as a topic, or a call for it to end.
  assert.deepEqual(kindsOf('Brandt called for an end to speculation about the budget.'), ['on-record']);
  assert.deepEqual(kindsOf('Brandt said the speculation about the budget had to stop.'), ['on-record']);
  assert.deepEqual(kindsOf('The rumor spread quickly through the harbour.'), []);
});

test('speculation or a rumor as the object judged is no dismissal of it', () => {
  assert.deepEqual(kindsOf('The strategist called the speculation "perfectly sensible".'), ['on-record']);
  assert.deepEqual(kindsOf('The treasurer described speculation about a takeover as "healthy".'), ['on-record']);
  assert.deepEqual(kindsOf('The chief executive called the rumor "half right" and promised figures on Monday.'), ['on-record']);
  // Near misses: the same words as the judgement still dismiss.
  assert.deepEqual(kindsOf('The strategist called the takeover story "speculation".'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer dismissed the takeover reports as pure speculation.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The chief executive called it a rumor and walked off.'), ['denial', 'on-record']);
});
