/** `sourcelight scan FILE...`: the claims and sourcing of each article, readable or as JSON. */
import { UsageError, flagList, flagSet, type ParsedArgs } from '../args.js';
import { readArticle, type ArticleText } from '../documents.js';
import type { Output } from '../output.js';
import { loadScanPacks } from '../pack-files.js';
import { InputError } from '../read-input.js';
import { jsonDocument, type ScannedDocument } from '../report-json.js';
import { textReport } from '../report-text.js';
import type { Claim } from '../../core/claims/schema.js';
import { compileMatcher } from '../../core/match/index.js';
import { scanBlocks } from '../../core/scan.js';
import { segmentBlock } from '../../core/segment.js';
import { buildProfile } from '../../core/sourcing/profile.js';

export function scanCommand(args: ParsedArgs, out: Output): number {
  const files = args.positionals;
  const packFiles = flagList(args, 'pack');
  const bundled = !flagSet(args, 'no-bundled');
  if (files.length === 0) throw new UsageError('give the article file(s) to scan (.txt or .html)');
  if (!bundled && packFiles.length === 0) throw new UsageError('--no-bundled leaves no claims to look for: add --pack FILE');
  const packs = loadScanPacks(packFiles, bundled);
  const matcher = compileMatcher(
    packs.map((p) => p.pack),
    packs.map((p) => p.id),
  );
  const claims = new Map<string, Claim>(packs.flatMap(({ pack }) => pack.claims.map((claim) => [claim.id, claim] as const)));
  const confidence = flagSet(args, 'possible') ? 'possible' : 'confident';

  const documents: ScannedDocument[] = [];
  let failed = 0;
  for (const file of files) {
    let article: ArticleText;
    try {
      article = readArticle(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out.stderr(`sourcelight scan: ${error.message}\n`);
      failed++;
      continue;
    }
    const blockTexts = article.blocks.map((block) => block.text);
    const sentences = scanBlocks(blockTexts, matcher, { confidence });
    const sentenceCount = blockTexts.reduce((sum, text) => sum + segmentBlock(text).length, 0);
    documents.push({ file, article, sentences, profile: buildProfile(sentences, sentenceCount) });
  }
  if (flagSet(args, 'json')) out.stdout(JSON.stringify({ documents: documents.map(jsonDocument) }, null, 1) + '\n');
  else out.stdout(textReport(documents, claims));
  return failed ? 1 : 0;
}
