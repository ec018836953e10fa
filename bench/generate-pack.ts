/**
 * Generates a realistic claim pack of any size, deterministically from a seed, for the
 * database-scaling and heap benchmarks: entities with aliases, match blocks with term groups and
 * phrasings, sourced claims with dates, statuses and related claims. A few people are in many
 * claims and most in few, as in real reporting. `bench/write-pack.ts` writes one to standard output.
 */
import type { Claim, ClaimPack, ClaimStatus, Entity } from '../src/core/claims/schema.js';
import { SCHEMA_VERSION } from '../src/core/claims/schema.js';
import { createRandom, type Random } from './prng.js';
import { makeCast, type Cast } from './generate-entities.js';
import { ACTIONS, MONTHS, NEAR_MISSES, TOPICS, type Action } from './words/actions.js';
import { makeSources } from './generate-sources.js';
import { OUTLETS } from './words/world.js';

export interface PackOptions {
  claims: number;
  seed?: number;
}

const STATUSES: readonly ClaimStatus[] = ['confirmed', 'confirmed', 'disputed', 'unverified', 'unverified', 'denied', 'false'];

/** Skewed towards the start of the list: a few entities get most of the coverage. */
function popular<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 2.5)] as T;
}

function isoDate(random: Random): string {
  return `${random.int(2009, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function spelledDate(iso: string): string {
  const [year, month] = iso.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

interface Parts {
  subject: Entity;
  counterpart: Entity;
  place: Entity;
  action: Action;
  topic: string;
  date: string;
  denial: boolean;
}

function statementOf({ subject, counterpart, place, action, topic, date, denial }: Parts, random: Random): string {
  const when = spelledDate(date);
  if (denial) return `${subject.name} denied ${action.gerund} ${topic} with ${counterpart.name}, despite reports of contacts in ${place.name} in ${when}.`;
  return random.pick([
    `${subject.name} ${action.past} ${topic} with ${counterpart.name} in ${place.name} in ${when}.`,
    `In ${when}, ${subject.name} ${action.past} ${counterpart.name} ${action.preposition} ${topic} during a visit to ${place.name}.`,
    `${subject.name} and ${counterpart.name} ${action.past} ${topic} at a meeting in ${place.name} in ${when}.`,
  ]);
}

function phrasingsOf({ subject, counterpart, action, topic, denial }: Parts, random: Random): string[] {
  const short = subject.aliases[0] ?? subject.name;
  const other = counterpart.aliases[0] ?? counterpart.name;
  const synonym = random.pick(action.synonyms);
  if (denial) return [`${short} rejected claims of ${action.gerund} ${topic} with ${other}.`, `${short} said there was no ${synonym} with ${other} on ${topic}.`];
  return random.sample(
    [
      `${short} ${synonym} with ${other} on ${topic}.`,
      `${other} and ${short} held ${action.concept === 'met' ? 'a meeting' : 'talks'} about ${topic}.`,
      `Reports say ${short} ${action.past} ${other} ${action.preposition} ${topic}.`,
      `${short} is said to have ${action.past} ${topic} with ${other}.`,
    ],
    random.int(2, 4),
  );
}

function makeClaim(id: string, parts: Parts, random: Random, cast: Cast, earlier: readonly string[]): Claim {
  const { subject, counterpart, place, action, topic, date, denial } = parts;
  const topicWords = topic.replace(/^(a|an|the) /, '');
  const claim: Claim = {
    id,
    statement: statementOf(parts, random),
    status: denial ? 'denied' : random.pick(STATUSES),
    date,
    involved: [
      { entity: subject.id, role: 'subject' },
      { entity: counterpart.id, role: 'counterpart' },
      { entity: place.id, role: 'mentioned' },
    ],
    match: {
      all: [[`#${subject.id}`], [`@${action.concept}`], denial ? ['denied', 'rejected', 'disputed', 'no'] : [topicWords, `#${counterpart.id}`]],
      any: [[`#${counterpart.id}`], [topicWords], [`#${place.id}`], [date.slice(0, 4)]],
      none: random.sample(NEAR_MISSES, random.int(0, 2)),
      facts: [],
      polarity: denial ? 'denies' : 'affirms',
      phrasings: phrasingsOf(parts, random),
    },
    sources: makeSources(random, parts, cast),
    firstReport: { outlet: random.pick(OUTLETS), date },
    related: random.sample(earlier, random.int(0, Math.min(2, earlier.length))).map((claim) => ({
      claim,
      relation: random.pick(['related', 'supports', 'disputes', 'narrower'] as const),
    })),
    appearances: [],
  };
  if (random.chance(0.2)) claim.statusNote = `Only ${random.pick(['one outlet', 'unnamed officials', 'a single document'])} supports this so far.`;
  return claim;
}

export function generatePack({ claims: count, seed = 1 }: PackOptions): ClaimPack {
  const random = createRandom(seed);
  const cast = makeCast(random, count);
  const counterparts = [...cast.people, ...cast.organizations];
  const bySubject = new Map<string, string[]>();
  const claims: Claim[] = [];
  for (let n = 0; n < count; n++) {
    const subject = popular(random, cast.people);
    let counterpart = popular(random, counterparts);
    if (counterpart === subject) counterpart = random.pick(cast.organizations);
    const parts: Parts = {
      subject,
      counterpart,
      place: random.pick(cast.places),
      action: random.pick(ACTIONS),
      topic: random.pick(TOPICS),
      date: isoDate(random),
      denial: random.chance(0.15),
    };
    // Related claims share the subject, so a pack split by subject keeps its references.
    const earlier = bySubject.get(subject.id) ?? [];
    const id = `gen-${seed}-${String(n).padStart(6, '0')}`;
    claims.push(makeClaim(id, parts, random, cast, earlier.slice(-20)));
    bySubject.set(subject.id, [...earlier.slice(-19), id]);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    name: `Generated bench pack, ${count} claims`,
    publisher: 'Sourcelight bench',
    version: '1.0.0',
    updated: '2024-06-01',
    license: 'CC0-1.0',
    description: `Synthetic claims generated with seed ${seed} to measure matching at scale.`,
    language: 'en',
    lexicon: Object.fromEntries(ACTIONS.map((action) => [action.concept, [...action.synonyms]])),
    entities: [...cast.people, ...cast.organizations, ...cast.places],
    claims,
  };
}

/**
 * Splits a pack into `parts` self-contained packs (each with the entities its claims use), so a
 * pack larger than the import size limit can still go through the real import path.
 */
export function splitPack(pack: ClaimPack, parts: number): ClaimPack[] {
  const groups: Claim[][] = Array.from({ length: parts }, () => []);
  for (const claim of pack.claims) {
    const subject = claim.involved[0]?.entity ?? claim.id;
    groups[Number(subject.replace(/\D/g, '')) % parts]?.push(claim);
  }
  return groups.map((claims, i) => {
    const used = new Set(claims.flatMap((claim) => claim.involved.map((ref) => ref.entity)));
    return {
      ...pack,
      name: `${pack.name} (part ${i + 1} of ${parts})`,
      entities: pack.entities.filter((entity) => used.has(entity.id)),
      claims,
    };
  });
}
