/** The readable scan report: per article, each claim found with where, then the sourcing profile. */
import type { ScannedDocument } from './report-json.js';
import type { Claim } from '../core/claims/schema.js';
import type { SentenceResult } from '../core/report.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';

export function textReport(documents: readonly ScannedDocument[], claims: ReadonlyMap<string, Claim>): string {
  return documents.map((doc) => documentReport(doc, claims)).join('\n');
}

function documentReport(doc: ScannedDocument, claims: ReadonlyMap<string, Claim>): string {
  const lines = [`${doc.file}`, '='.repeat(Math.min(doc.file.length, 78))];
  const where = doc.file.toLowerCase().endsWith('.txt') ? 'line' : 'block';
  const found = new Map<string, { score: number; confidence: string; reasons: string[]; sentences: SentenceResult[] }>();
  for (const sentence of doc.sentences) {
    for (const hit of sentence.claims) {
      const entry = found.get(hit.id) ?? { score: 0, confidence: hit.confidence, reasons: hit.reasons, sentences: [] };
      if (hit.score > entry.score) Object.assign(entry, { score: hit.score, confidence: hit.confidence, reasons: hit.reasons });
      entry.sentences.push(sentence);
      found.set(hit.id, entry);
    }
  }
  lines.push(found.size ? `Claims found: ${found.size}` : 'No claims of the database found.');
  for (const [id, entry] of found) {
    const claim = claims.get(id);
    lines.push('', `  ${id}  [${claim?.status ?? 'unknown status'}]  score ${entry.score.toFixed(2)}, ${entry.confidence}`);
    if (claim) lines.push(...wrap(claim.statement, '    '));
    if (entry.reasons.length) lines.push(...wrap(`why: ${entry.reasons.join('; ')}`, '    ', '         '));
    for (const sentence of entry.sentences) lines.push(...wrap(`${where} ${sentence.block + 1}: "${sentence.text}"`, '    > '));
  }
  const { profile } = doc;
  const share = (n: number) => (profile.sentences ? `${Math.round((100 * n) / profile.sentences)}%` : '0%');
  lines.push(
    '',
    'Sourcing profile',
    `  ${profile.sentences} sentences, ${profile.attributed} with attributed information (${share(profile.attributed)})`,
    `  ${SOURCING_KINDS.map((kind) => `${kind} ${profile.counts[kind]}`).join(' | ')}`,
    `  resting on unnamed sources: ${Math.round(profile.unnamedShare * 100)}% of attributed sentences`,
  );
  if (profile.signals.length) {
    lines.push('  credibility signals:');
    for (const signal of profile.signals) lines.push(...wrap(`${signal.name}: ${signal.explanation}`, '    - ', '      '));
  }
  return lines.join('\n') + '\n';
}

/** Wraps at 100 columns so long sentences stay readable in a terminal. */
function wrap(text: string, first: string, rest = ' '.repeat(first.length)): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length > 100 && line.trim().length > first.trim().length) {
      out.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  out.push(line.trimEnd());
  return out;
}
