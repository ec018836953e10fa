/**
 * Importing a claim pack or a ClaimReview file. The file is read as bytes and decoded strictly
 * (a binary or mis-encoded file is refused here, with where it breaks); the background then
 * validates it completely and stores it only if nothing is wrong. On failure every problem is
 * listed with its JSON path, and nothing installed has changed.
 */
import { useState } from 'preact/hooks';
import { decodeUtf8, MAX_PACK_BYTES } from '../../core/claims/parse.js';
import type { Problem } from '../../core/claims/validate.js';
import type { ImportResult } from '../../platform/messages.js';
import { formatNumber, t, tCount } from '../shared/i18n.js';

/** Enough to fix a file by; a file with more problems is far from a pack anyway. */
const MAX_LISTED = 1000;

type Outcome = { kind: 'idle' } | { kind: 'busy'; fileName: string } | { kind: 'done'; fileName: string; result: ImportResult };

export async function readPackFile(file: File): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, problems: [{ path: '', message: t('options_fileTooLarge', formatNumber(MAX_PACK_BYTES / 1024 / 1024)) }] };
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()), MAX_PACK_BYTES);
  return typeof decoded === 'string' ? { ok: true, text: decoded } : { ok: false, problems: [decoded] };
}

function Problems({ problems }: { problems: Problem[] }) {
  const listed = problems.slice(0, MAX_LISTED);
  return (
    <>
      <ul class="problem-list" data-testid="import-problems">
        {listed.map((problem, i) => (
          <li key={i}>
            <code class="problem-path">{problem.path || t('options_wholeFile')}</code>
            {': '}
            <span class="problem-message">{problem.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > listed.length ? <p>{t('options_moreProblems', formatNumber(problems.length - listed.length))}</p> : null}
    </>
  );
}

function ImportOutcome({ fileName, result }: { fileName: string; result: ImportResult }) {
  if (!result.ok) {
    return (
      <div class="import-result error-block" role="alert" data-testid="import-error">
        <p>
          <strong>{t('options_importFailed', fileName)}</strong> {tCount('options_problemCount', result.problems.length)}
        </p>
        <Problems problems={result.problems} />
      </div>
    );
  }
  return (
    <div class="import-result success-block" role="status" data-testid="import-success">
      <p>
        <strong>{tCount('options_imported_result', result.pack.claimCount, result.pack.name, result.pack.version)}</strong>
        {result.replaced ? ` ${t('options_replaced', result.replaced)}` : ''}
      </p>
      {result.unmapped.length > 0 ? (
        <details>
          <summary>{tCount('options_importNotes', result.unmapped.length)}</summary>
          <ul>
            {result.unmapped.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function ImportPanel({ importPack }: { importPack: (fileName: string, text: string) => Promise<ImportResult> }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy', fileName: file.name });
    let result: ImportResult;
    try {
      const read = await readPackFile(file);
      result = read.ok ? await importPack(file.name, read.text) : read;
    } catch (failure) {
      result = { ok: false, problems: [{ path: '', message: String((failure as Error)?.message ?? failure) }] };
    }
    setOutcome({ kind: 'done', fileName: file.name, result });
    input.value = '';
  };
  return (
    <div class="import-panel">
      <label class="file-label" for="pack-file">
        {t('options_importLabel')}
      </label>
      <span class="sl-help" id="pack-file-help">
        {t('options_importHelp', formatNumber(MAX_PACK_BYTES / 1024 / 1024))}
      </span>
      <input
        id="pack-file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        aria-describedby="pack-file-help"
        onChange={(event) => void onFile(event.currentTarget as HTMLInputElement)}
      />
      {outcome.kind === 'busy' ? <p role="status">{t('options_importing', outcome.fileName)}</p> : null}
      {outcome.kind === 'done' ? <ImportOutcome fileName={outcome.fileName} result={outcome.result} /> : null}
    </div>
  );
}
