/**
 * The machine-readable scan report of ../shared/corpus/README.md: per document, the sentences
 * with a claim or a sourcing cue, offsets in the document's extracted text. Extra fields (block,
 * confidence, reasons, cue offsets, the sourcing profile) ride along for other tools.
 */
import type { ArticleText } from './documents.js';
import type { SentenceResult, SourcingProfile } from '../core/report.js';

export interface ScannedDocument {
  file: string;
  article: ArticleText;
  sentences: SentenceResult[];
  profile: SourcingProfile;
}

export function jsonDocument({ file, article, sentences, profile }: ScannedDocument) {
  return {
    file,
    sentences: sentences.map((sentence) => {
      const base = article.blocks[sentence.block]?.start ?? 0;
      return {
        text: sentence.text,
        start: base + sentence.start,
        end: base + sentence.end,
        block: sentence.block,
        claims: sentence.claims.map((hit) => ({
          id: hit.id,
          score: Math.round(hit.score * 1000) / 1000,
          confidence: hit.confidence,
          reasons: hit.reasons,
          ...(hit.related?.length ? { related: hit.related } : {}),
        })),
        sourcing: sentence.sourcing.map((cue) => ({ kind: cue.kind, cue: cue.cue, start: base + cue.start, end: base + cue.end })),
      };
    }),
    profile,
  };
}
