/**
 * The title-case test's view (sourcing/title-case.ts) of the sentence the matcher is reading:
 * a word's capital, its length in letters (0 for punctuation) and its lower-case form.
 */
import type { WordCase } from '../sourcing/title-case.js';
import type { SubjectReading } from './unknown-subject.js';
import { wordAt } from './verb-forms.js';

export class ReadingCase implements WordCase {
  reading!: SubjectReading;

  capital(k: number): boolean {
    return this.reading.capital(k);
  }

  length(k: number): number {
    const { tokens, text } = this.reading;
    return tokens.ids[k]! >= -1 && isLetter(text.charCodeAt(tokens.starts[k]!)) ? tokens.ends[k]! - tokens.starts[k]! : 0;
  }

  lowerWord(k: number): string {
    return wordAt(this.reading.text, this.reading.tokens, k);
  }
}

function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}
