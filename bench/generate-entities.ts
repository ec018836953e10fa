/**
 * The people, organisations and places a generated pack talks about, with the aliases reporting
 * uses for them. Sizes grow with the pack, as a real database's cast would.
 */
import type { Entity } from '../src/core/claims/schema.js';
import type { Random } from './prng.js';
import { FIRST_NAMES, ROLES, SURNAMES } from './words/people.js';
import { ORG_KINDS, ORG_QUALIFIERS, ORG_SUBJECTS, PLACES, REGIONS } from './words/world.js';

export interface Cast {
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
  /** The office of each person, by entity id, for sources and statements. */
  roles: Map<string, string>;
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function acronym(name: string): string {
  return name
    .split(' ')
    .map((word) => word.charAt(0))
    .join('');
}

function makePeople(random: Random, count: number, roles: Map<string, string>): Entity[] {
  const seen = new Set<string>();
  const people: Entity[] = [];
  while (people.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(SURNAMES);
    // Past the number of first x last pairs, middle initials keep names distinct.
    const middle = seen.size > FIRST_NAMES.length * SURNAMES.length * 0.6 ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : '';
    const name = `${first}${middle} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const id = `p-${people.length}`;
    const role = random.pick(ROLES);
    roles.set(id, role);
    const aliases = [last, `${first.charAt(0)}. ${last}`, `${capitalize(role)} ${last}`];
    if (random.chance(0.3)) aliases.push(`${first} ${last}`.replace(middle, ''));
    people.push({ id, name, kind: 'person', aliases: [...new Set(aliases)].filter((alias) => alias !== name) });
  }
  return people;
}

function makeOrganizations(random: Random, count: number): Entity[] {
  const seen = new Set<string>();
  const organizations: Entity[] = [];
  const limit = ORG_QUALIFIERS.length * ORG_SUBJECTS.length * ORG_KINDS.length;
  while (organizations.length < Math.min(count, limit * 0.8)) {
    const subject = random.pick(ORG_SUBJECTS);
    const kind = random.pick(ORG_KINDS);
    const name = `${random.pick(ORG_QUALIFIERS)} ${subject} ${kind}`;
    if (seen.has(name)) continue;
    seen.add(name);
    organizations.push({
      id: `o-${organizations.length}`,
      name,
      kind: 'organization',
      aliases: [acronym(name), `the ${subject} ${kind}`],
    });
  }
  return organizations;
}

function makePlaces(): Entity[] {
  const places: Entity[] = PLACES.map((place, i) => ({ id: `pl-${i}`, name: place, kind: 'place', aliases: [`the city of ${place}`] }));
  REGIONS.forEach((region, i) => places.push({ id: `rg-${i}`, name: `the ${region} region`, kind: 'place', aliases: [`${region} states`] }));
  return places;
}

export function makeCast(random: Random, claimCount: number): Cast {
  const roles = new Map<string, string>();
  return {
    people: makePeople(random, Math.max(40, Math.ceil(claimCount / 4)), roles),
    organizations: makeOrganizations(random, Math.max(20, Math.ceil(claimCount / 8))),
    places: makePlaces(),
    roles,
  };
}
