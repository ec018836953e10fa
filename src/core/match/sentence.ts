/**
 * Matches one sentence: finds its phrases, works out which words sit under a negation, a
 * hypothetical ("calls for him to recuse") or a disputed negation ("contradicts his denial
 * that..."), resolves pronouns to people named just before, then scores only the patterns the
 * inverted index lists for the features present. Buffers are reused across sentences.
 */
import type { Tokens } from '../text/tokenize.js';
import type { CompiledIndex } from './compile.js';
import { DenierWatch, type ActorKind } from './denier.js';
import { PhraseHits } from './phrases.js';
import { PLAIN, Polarity } from './polarity.js';
import type { Salience } from './salience.js';
import { scorePattern, type Candidate } from './score.js';

/** Besides PLAIN, NEGATED and HYPOTHETICAL (see polarity.ts): found through a pronoun. */
export const ANAPHORIC = 8;

const NO_CANDIDATES: Candidate[] = [];

const ROLE_OTHER = 0;
const ROLE_CUE = 1;
const ROLE_PERSON_ANAPHOR = 2;
const ROLE_PERSON = 3;
const ROLE_ANAPHOR = 4;
const ROLE_PEOPLE_ANAPHOR = 5;
/** An organisation or a place that speaks for a government ("the Justice Department", "the Kremlin"). */
const ROLE_BODY = 6;

export class SentenceMatcher {
  /** `seen[f] === stamp` when feature f occurs in the current sentence. */
  readonly seen: Int32Array;
  readonly how: Uint8Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  stamp = 0;
  /** Patterns scored since creation: what a scan cost, whatever the size of the database. */
  evaluations = 0;
  /**
   * Token of each denial verb ("denied", "rejected") and the person named last before it,
   * likely the one denying (-1 when unknown: nobody, or a pronoun).
   */
  readonly denialTokens: number[] = [];
  readonly denialActors: number[] = [];
  /**
   * How many people the sentence's pronouns can stand for: one per "he" or "she", two for "the
   * two men". A single "she" is never both Kislyak and Sessions, however alike their salience.
   */
  anaphorCapacity = 0;
  /** Who speaks or denies in the sentence (see DenierWatch). */
  readonly speaker: DenierWatch;
  private readonly patternSeen: Int32Array;
  private readonly hits = new PhraseHits();
  /** Per feature, what it is to the sentence pass (see ROLE_*). */
  private readonly roles: Uint8Array;
  private readonly present: number[] = [];
  private readonly pairable: number[] = [];
  private readonly polarity: Polarity;

  constructor(readonly index: CompiledIndex) {
    const features = index.table.features.length;
    this.seen = new Int32Array(features).fill(-1);
    this.how = new Uint8Array(features);
    this.first = new Int32Array(features);
    this.last = new Int32Array(features);
    this.patternSeen = new Int32Array(index.patterns.length).fill(-1);
    this.polarity = new Polarity(index.lexicon.cues);
    this.speaker = new DenierWatch((feature) => this.roles[feature] === ROLE_PERSON || this.roles[feature] === ROLE_BODY);
    this.roles = Uint8Array.from(index.table.features, (feature, f) => {
      if (feature.kind === 'cue') return ROLE_CUE;
      if (feature.kind === 'anaphor') {
        const kind = index.lexicon.anaphors.get(f);
        return kind === 'person' ? ROLE_PERSON_ANAPHOR : kind === 'people' ? ROLE_PEOPLE_ANAPHOR : ROLE_ANAPHOR;
      }
      if (feature.kind === 'entity' && feature.entityKind === 'person') return ROLE_PERSON;
      if (feature.kind === 'entity' && (feature.entityKind === 'organization' || feature.entityKind === 'place')) return ROLE_BODY;
      return ROLE_OTHER;
    });
  }

  match(tokens: Tokens, capital: (token: number) => boolean, from: number, to: number, salience: Salience): Candidate[] {
    const stamp = ++this.stamp;
    const { table, lexicon, postings } = this.index;
    table.find(tokens, capital, from, to, this.hits);
    this.present.length = 0;
    if (!this.mayMatch()) {
      // Most sentences of a page: nothing to score, only who was named.
      for (let h = 0; h < this.hits.count; h++) {
        const feature = this.hits.feature[h]!;
        if (this.roles[feature] === ROLE_PERSON) this.note(feature, this.hits.first[h]!, this.hits.last[h]!, PLAIN, stamp);
      }
      salience.observe(this.present, this.how);
      return NO_CANDIDATES;
    }
    this.polarity.mark(tokens, this.hits, from, to);
    this.denialTokens.length = 0;
    this.denialActors.length = 0;
    let anaphor = -1;
    let plural = false;
    let singular = 0;
    let firstPerson = to;
    let lastPerson = -1;
    this.speaker.start(to);
    const { hits, roles } = this;
    const { denial, speech } = lexicon.cues;
    for (let h = 0; h < hits.count; h++) {
      const feature = hits.feature[h]!;
      const first = hits.first[h]!;
      const role = roles[feature];
      if (role === ROLE_CUE) {
        if (feature === denial) {
          this.denialTokens.push(first);
          this.denialActors.push(lastPerson);
        }
        if (feature === denial || feature === speech) this.speaker.verb(tokens, hits, h, feature === speech);
        continue;
      }
      if (role === ROLE_PERSON_ANAPHOR || role === ROLE_PEOPLE_ANAPHOR) {
        if (this.thingAnaphorCovers(h)) continue;
        if (anaphor < 0) anaphor = first;
        plural ||= role === ROLE_PEOPLE_ANAPHOR;
        if (role === ROLE_PERSON_ANAPHOR) singular++;
        // "Kislyak, for his part, has denied": a pronoun after a name is that name, so the
        // speaker stays; lastPerson (for denial verbs) stays cautious.
        lastPerson = -1;
        if (role === ROLE_PERSON_ANAPHOR && !this.polarity.quoted(first)) this.speaker.pronoun(tokens, first, hits.last[h]!);
        continue;
      }
      if (role === ROLE_ANAPHOR) continue;
      if ((role === ROLE_PERSON || role === ROLE_BODY) && !this.polarity.quoted(first)) this.speaker.actor(feature, this.actorKind(feature), first);
      if (role === ROLE_PERSON && !this.polarity.quoted(first)) {
        if (first < firstPerson) firstPerson = first;
        lastPerson = feature;
      }
      this.note(feature, first, hits.last[h]!, this.polarity.at(first), stamp);
    }
    // "he", "the lawmaker": the person most talked about just before, unless this sentence
    // named someone first (outside quotation marks: in '"... Trump surrogates ...," he said'
    // he is not Trump). "The two men": the two most talked about.
    this.anaphorCapacity = plural ? Math.max(2, singular) : singular;
    if (anaphor >= 0 && (anaphor < firstPerson || plural)) {
      for (const feature of salience.referents(plural ? 2 : 1)) {
        if (this.seen[feature] !== stamp) this.note(feature, anaphor, anaphor, ANAPHORIC | PLAIN, stamp);
      }
    }
    salience.observe(this.present, this.how);

    const best: Candidate[] = [];
    const { single, pairs, triples, keyed } = postings;
    const present = this.present;
    const pairable = this.pairable;
    pairable.length = 0;
    for (const feature of present) {
      const list = single[feature];
      if (list) for (const p of list) this.consider(p, stamp, best);
      if (keyed[feature]) pairable.push(feature);
    }
    for (let x = 0; x < pairable.length; x++) {
      for (let y = x + 1; y < pairable.length; y++) {
        const id = pairs.index.find(pairable[x]!, pairable[y]!);
        if (id >= 0) for (let k = pairs.offset[id]!, end = k + pairs.count[id]!; k < end; k++) this.consider(pairs.data[k]!, stamp, best);
        const byThird = triples.get(pairable[x]!, pairable[y]!);
        if (!byThird) continue;
        for (const third of pairable) {
          const more = byThird.get(third);
          if (more) for (const p of more) this.consider(p, stamp, best);
        }
      }
    }
    return best;
  }

  /** Scores pattern p once per sentence, keeping each claim's best candidate (with the key words of all). */
  private consider(p: number, stamp: number, best: Candidate[]): void {
    if (this.patternSeen[p] === stamp) return;
    this.patternSeen[p] = stamp;
    this.evaluations++;
    const candidate = scorePattern(this, p);
    if (!candidate) return;
    const held = best.findIndex((c) => c.claim === candidate.claim);
    if (held < 0) {
      best.push(candidate);
      return;
    }
    const [kept, other] = candidate.score > best[held]!.score ? [candidate, best[held]!] : [best[held]!, candidate];
    // Every equally sure wording tells what the claim says here (see compete).
    if (other.confidence === kept.confidence) for (const key of other.keys) if (!kept.keys.includes(key)) kept.keys.push(key);
    best[held] = kept;
  }

  /**
   * Whether some pattern could be listed for the sentence: a feature that lists patterns alone,
   * two different features that key pairs, or a pronoun that may bring people in. Most sentences
   * naming one of the story's people, and nothing else it asks about, stop here.
   */
  private mayMatch(): boolean {
    const { hits, roles } = this;
    const { single, keyed } = this.index.postings;
    let keyedFeature = -1;
    for (let h = 0; h < hits.count; h++) {
      const feature = hits.feature[h]!;
      if (single[feature] !== undefined || roles[feature] === ROLE_PERSON_ANAPHOR || roles[feature] === ROLE_PEOPLE_ANAPHOR) return true;
      if (!keyed[feature] || feature === keyedFeature) continue;
      if (keyedFeature >= 0) return true;
      keyedFeature = feature;
    }
    return false;
  }

  /** "the two countries": a longer anaphor for things starts where "the two" does, so no people are meant. */
  private thingAnaphorCovers(h: number): boolean {
    const { hits, roles } = this;
    const first = hits.first[h]!;
    let k = h;
    while (k > 0 && hits.first[k - 1] === first) k--;
    for (; k < hits.count && hits.first[k] === first; k++) {
      if (roles[hits.feature[k]!] === ROLE_ANAPHOR && hits.last[k]! > hits.last[h]!) return true;
    }
    return false;
  }

  private actorKind(feature: number): ActorKind {
    if (this.roles[feature] === ROLE_PERSON) return 'person';
    return this.index.table.features[feature]!.entityKind === 'place' ? 'place' : 'body';
  }

  /** The sentence has a negation or denial cue anywhere. */
  get negative(): boolean {
    return this.polarity.negative;
  }

  /** Whether feature f occurs in the current sentence. */
  has(feature: number): boolean {
    return this.seen[feature] === this.stamp;
  }

  private note(feature: number, first: number, last: number, how: number, stamp: number): void {
    if (this.seen[feature] !== stamp) {
      this.seen[feature] = stamp;
      this.how[feature] = 0;
      this.first[feature] = first;
      this.last[feature] = last;
      this.present.push(feature);
    } else if (how & PLAIN && !(this.how[feature]! & PLAIN)) {
      // Prefer a plain occurrence as the evidence.
      this.first[feature] = first;
      this.last[feature] = last;
    }
    this.how[feature]! |= how;
  }
}
