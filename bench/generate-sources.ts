/**
 * The sourcing chain of a generated claim: who said it, in what kind of source, where and when,
 * mixing kinds the way reporting does (unnamed officials, documents, on-record statements,
 * denials, intercepts, other outlets).
 */
import type { Entity, Source } from '../src/core/claims/schema.js';
import { SOURCING_KINDS, type SourcingKind } from '../src/core/sourcing-kinds.js';
import type { Random } from './prng.js';
import type { Cast } from './generate-entities.js';
import { DOCUMENT_SOURCES, INTERCEPT_SOURCES, UNNAMED_SOURCES } from './words/people.js';
import { LINK_HOSTS, OUTLETS } from './words/world.js';

interface Subject {
  subject: Entity;
  counterpart: Entity;
  topic: string;
  date: string;
  denial: boolean;
}

function laterDate(random: Random, date: string): string {
  const [year = '2020', month = '01'] = date.split('-');
  const shifted = Number(month) + random.int(0, 5);
  const y = Number(year) + Math.floor((shifted - 1) / 12);
  return `${y}-${String(((shifted - 1) % 12) + 1).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function whoFor(kind: SourcingKind, random: Random, parts: Subject, cast: Cast): string {
  const named = (entity: Entity): string => {
    const role = cast.roles.get(entity.id);
    return role ? `${entity.name}, ${role}` : entity.name;
  };
  switch (kind) {
    case 'anonymous':
      return random.pick(UNNAMED_SOURCES);
    case 'intercept':
      return random.pick(INTERCEPT_SOURCES);
    case 'document':
      return random.pick(DOCUMENT_SOURCES);
    case 'denial':
      return named(parts.subject);
    case 'on-record':
      return named(random.chance(0.5) ? parts.counterpart : random.pick(cast.people));
    case 'relayed':
      return random.pick(OUTLETS);
  }
}

function quoteFor(kind: SourcingKind, random: Random, parts: Subject): string | undefined {
  if (kind === 'denial') return random.pick([`I never discussed ${parts.topic} with anyone.`, 'These reports are simply false.', 'There was no such conversation.']);
  if (kind === 'on-record' && random.chance(0.5)) {
    return random.pick([`We talked about ${parts.topic}, as we often do.`, 'The meeting was routine and properly disclosed.', 'I stand by what I said at the time.']);
  }
  return undefined;
}

export function makeSources(random: Random, parts: Subject, cast: Cast): Source[] {
  const kinds = random.sample(SOURCING_KINDS, random.int(1, 4));
  if (parts.denial && !kinds.includes('denial')) kinds.push('denial');
  return kinds.map((kind) => {
    const source: Source = { kind, who: whoFor(kind, random, parts, cast) };
    if (kind !== 'relayed' || random.chance(0.5)) source.outlet = random.pick(OUTLETS);
    source.date = laterDate(random, parts.date);
    const quote = quoteFor(kind, random, parts);
    if (quote) source.quote = quote;
    if (random.chance(0.4)) source.url = `https://${random.pick(LINK_HOSTS)}/${source.date.slice(0, 4)}/${slug(parts.topic)}-${random.int(1000, 99999)}`;
    return source;
  });
}
