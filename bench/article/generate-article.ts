/**
 * Builds a long article, deterministically from a seed, out of the bench's own sentences: story
 * paragraphs (which carry database claims and sourcing language), unrelated news, and template
 * sentences that reuse the generated packs' names, so text size and claim density are realistic.
 */
import { createRandom, type Random } from '../prng.js';
import { FIRST_NAMES, SURNAMES } from '../words/people.js';
import { ORG_KINDS, ORG_QUALIFIERS, ORG_SUBJECTS, OUTLETS, PLACES } from '../words/world.js';
import { ACTIONS, MONTHS, TOPICS } from '../words/actions.js';
import { NEWS_SENTENCES, NEWS_TEMPLATES } from './news-sentences.js';
import { STORY_SENTENCES } from './story-sentences.js';

export interface ArticleBlock {
  kind: 'headline' | 'paragraph';
  text: string;
}

export interface ArticleOptions {
  seed?: number;
  /** Stop once the text reaches this many characters. */
  chars?: number;
  /** Stop once the text reaches this many words. */
  words?: number;
}

function fillTemplate(template: string, random: Random): string {
  const slots: Record<string, () => string> = {
    person: () => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
    surname: () => random.pick(SURNAMES),
    place: () => random.pick(PLACES),
    org: () => `the ${random.pick(ORG_QUALIFIERS)} ${random.pick(ORG_SUBJECTS)} ${random.pick(ORG_KINDS)}`,
    topic: () => random.pick(TOPICS),
    action: () => random.pick(ACTIONS).past,
    month: () => random.pick(MONTHS),
    year: () => String(random.int(2009, 2024)),
    outlet: () => random.pick(OUTLETS),
  };
  const filled = template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

function sentence(random: Random, storyShare: number): string {
  const roll = random.next();
  if (roll < storyShare) return random.pick(STORY_SENTENCES);
  if (roll < storyShare + (1 - storyShare) / 2) return random.pick(NEWS_SENTENCES);
  return fillTemplate(random.pick(NEWS_TEMPLATES), random);
}

function headline(random: Random): string {
  const words = random.pick([...STORY_SENTENCES, ...NEWS_SENTENCES]).replace(/[.,]/g, '').split(' ');
  const start = random.int(0, Math.max(0, words.length - 8));
  const text = words.slice(start, start + random.int(5, 9)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Paragraphs alternate between sections about the story and stretches of other news. */
export function generateArticle({ seed = 1, chars = Infinity, words = Infinity }: ArticleOptions): ArticleBlock[] {
  if (chars === Infinity && words === Infinity) throw new Error('give a size in chars or words');
  const random = createRandom(seed);
  const blocks: ArticleBlock[] = [];
  let charCount = 0;
  let wordCount = 0;
  let storyShare = 0.5;
  while (charCount < chars && wordCount < words) {
    if (random.chance(0.12)) {
      storyShare = random.pick([0, 0.1, 0.3, 0.6]);
      blocks.push({ kind: 'headline', text: headline(random) });
    } else {
      const sentences = new Set<string>();
      const count = random.int(2, 6);
      while (sentences.size < count) sentences.add(sentence(random, storyShare));
      blocks.push({ kind: 'paragraph', text: [...sentences].join(' ') });
    }
    const text = blocks[blocks.length - 1]?.text ?? '';
    charCount += text.length + 1;
    wordCount += text.split(' ').length;
  }
  return blocks;
}

export function articleText(blocks: readonly ArticleBlock[]): string[] {
  return blocks.map((block) => block.text);
}
