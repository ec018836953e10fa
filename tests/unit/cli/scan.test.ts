/** `sourcelight scan`: the JSON report contract, the readable report, .html rules, packs and usage errors. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlArticle, MAX_DOCUMENT_BYTES } from '../../../src/cli/documents.js';
import { htmlDepth, MAX_HTML_DEPTH } from '../../../src/cli/html-depth.js';
import { PACKS, run, scratch, spawnCli, STACK_TRACE } from './helpers.js';

const dir = scratch();
after(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(PACKS, 'example.json');
const ARTICLE = join(PACKS, 'bridge-article.txt');
const CLAIM = 'harbor-bridge-repair-closure';

interface JsonReport {
  documents: { file: string; sentences: { text: string; start: number; end: number; claims: { id: string; score: number }[]; sourcing: { kind: string; cue: string }[] }[] }[];
}

async function scanJson(...argv: string[]): Promise<JsonReport> {
  const result = await run('scan', '--json', ...argv);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as JsonReport;
}

test('--json prints exactly the corpus report shape, offsets into the .txt file text', async () => {
  const report = await scanJson('--no-bundled', '--pack', EXAMPLE, ARTICLE);
  assert.deepEqual(Object.keys(report), ['documents']);
  const [doc] = report.documents;
  assert.equal(doc!.file, ARTICLE);
  const text = readFileSync(ARTICLE, 'utf8');
  const hits = doc!.sentences.filter((s) => s.claims.length);
  assert.deepEqual(hits.map((s) => s.claims.map((c) => c.id)), [[CLAIM]]);
  for (const sentence of doc!.sentences) {
    assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    assert.ok(Array.isArray(sentence.sourcing));
    for (const claim of sentence.claims) assert.ok(claim.score > 0 && claim.score <= 1);
    for (const cue of sentence.sourcing) assert.equal(typeof cue.kind, 'string');
  }
  assert.match(hits[0]!.text, /^Whitfield told reporters/);
});

test('several files, in order; CRLF line ends keep offsets right', async () => {
  const crlf = join(dir, 'crlf.txt');
  writeFileSync(crlf, readFileSync(ARTICLE, 'utf8').replace(/\n/g, '\r\n'));
  const report = await scanJson('--no-bundled', '--pack', EXAMPLE, ARTICLE, crlf);
  assert.deepEqual(report.documents.map((d) => d.file), [ARTICLE, crlf]);
  const text = readFileSync(crlf, 'utf8');
  const [hit] = report.documents[1]!.sentences.filter((s) => s.claims.length);
  assert.equal(text.slice(hit!.start, hit!.end), hit!.text);
});

test('the readable report names each claim with statement, status, score, confidence and sentence', async () => {
  const result = await run('scan', '--no-bundled', '--pack', EXAMPLE, ARTICLE);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /Claims found: 1/);
  assert.match(result.stdout, new RegExp(`${CLAIM}  \\[confirmed\\]  score \\d\\.\\d\\d, confident`));
  assert.match(result.stdout, /Riverton will close the Harbor Bridge for six months of repairs starting in March\./);
  assert.match(result.stdout, /> line 3: "Whitfield told reporters/);
  assert.match(result.stdout, /Sourcing profile\n  5 sentences, \d+ with attributed information \(\d+%\)\n  anonymous \d+ \| intercept \d+ \| document \d+ \| on-record \d+ \| denial \d+ \| relayed \d+\n  resting on unnamed sources: \d+% of attributed sentences/);
});

test('--json documents carry the sourcing profile besides the sentences', async () => {
  const report = (await scanJson('--no-bundled', '--pack', EXAMPLE, ARTICLE)) as unknown as { documents: { profile: { sentences: number; counts: Record<string, number> } }[] };
  assert.equal(report.documents[0]!.profile.sentences, 5);
  assert.deepEqual(Object.keys(report.documents[0]!.profile.counts).sort(), ['anonymous', 'denial', 'document', 'intercept', 'on-record', 'relayed']);
});

test('.html: visible text only, by the content script\'s rules; offsets into the extracted text', async () => {
  const sentence = 'the Harbor Bridge will close in March for six months of repairs.';
  const html = `<!doctype html><html><head><title>t</title><style>p { color: red }</style>
    <script>var text = "Script: ${sentence}";</script></head><body>
    <h1>Riverton braces for a long closure</h1>
    <p>Whitfield told reporters on Monday that the <b>Harbor Bridge</b> is going to close in March for six months of repairs.</p>
    <p hidden>Hidden: ${sentence}</p>
    <p style="display: none">None: ${sentence}</p>
    <p style="visibility:hidden">Invisible: ${sentence}</p>
    <noscript>Noscript: ${sentence}</noscript>
    <template><p>Template: ${sentence}</p></template>
    <form><textarea>Textarea: ${sentence}</textarea><input value="Input: ${sentence}"></form>
    <div contenteditable="true">Editable: ${sentence}</div>
    <p>Shop owners said they worry<br>about losing customers.</p></body></html>`;
  const file = join(dir, 'page.html');
  writeFileSync(file, html);
  const report = await scanJson('--no-bundled', '--pack', EXAMPLE, file);
  const hits = report.documents[0]!.sentences.filter((s) => s.claims.length);
  assert.deepEqual(hits.map((s) => s.text), ['Whitfield told reporters on Monday that the Harbor Bridge is going to close in March for six months of repairs.']);
  const { text } = htmlArticle(html);
  assert.equal(text.slice(hits[0]!.start, hits[0]!.end), hits[0]!.text);
  assert.doesNotMatch(text, /Hidden|None:|Invisible|Script|Noscript|Template|Textarea|Input:|Editable/);
});

test('an .html file in another declared charset is decoded as a browser would', async () => {
  const file = join(dir, 'latin1.html');
  const html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owners said the Harbor Bridge is going to close in March for six months of repairs.</p></body></html>';
  writeFileSync(file, Buffer.from(html, 'latin1'));
  const report = await scanJson('--no-bundled', '--pack', EXAMPLE, file);
  assert.match(report.documents[0]!.sentences[0]!.text, /^Café owners/);
});

test('--pack with an imported ClaimReview finds a claim worded differently in the article', async () => {
  const pack = join(dir, 'imported.json');
  const imported = await run('import-claimreview', join(PACKS, 'claimreview-bridge.json'), '-o', pack);
  assert.equal(imported.code, 0, imported.stderr);
  const report = await scanJson('--no-bundled', '--pack', pack, ARTICLE);
  const hits = report.documents[0]!.sentences.filter((s) => s.claims.length);
  assert.deepEqual(hits.map((s) => s.claims.map((c) => c.id)), [['civic-desk.example.org-checks-harbor-bridge-closure']]);
  assert.match(hits[0]!.text, /is going to close in March for six months of repairs/);
  // Both packs together: the hand-written and the imported claim each find the sentence.
  const both = await scanJson('--no-bundled', '--pack', EXAMPLE, '--pack', pack, ARTICLE);
  const ids = both.documents[0]!.sentences.flatMap((s) => s.claims.map((c) => c.id));
  assert.ok(ids.includes(CLAIM) || ids.includes('civic-desk.example.org-checks-harbor-bridge-closure'), ids.join());
});

test('the bundled database is used unless --no-bundled', async () => {
  const result = await run('scan', '--json', ARTICLE);
  assert.equal(result.code, 0, result.stderr);
  const ids = (JSON.parse(result.stdout) as JsonReport).documents[0]!.sentences.flatMap((s) => s.claims.map((c) => c.id));
  assert.ok(!ids.includes(CLAIM), 'the example pack is not part of the bundled database');
});

test('bad packs and clashing claim ids stop the scan with every problem listed', async () => {
  const broken = join(dir, 'broken-pack.json');
  writeFileSync(broken, '{"schemaVersion": 1, "claims": [');
  const bad = await run('scan', '--pack', broken, ARTICLE);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /broken-pack\.json: invalid claim pack:\n  not valid JSON at line 1, column 33: the text ends too early/);
  const twice = await run('scan', '--no-bundled', '--pack', EXAMPLE, '--pack', EXAMPLE, ARTICLE);
  assert.equal(twice.code, 1);
  assert.match(twice.stderr, /claim id "harbor-bridge-repair-closure" is also in .*example\.json/);
});

test('unreadable articles are reported, the others still scanned, exit 1', async () => {
  const result = await run('scan', '--json', '--no-bundled', '--pack', EXAMPLE, join(dir, 'missing.txt'), ARTICLE, join(dir, 'notes.pdf'));
  assert.equal(result.code, 1);
  assert.match(result.stderr, /missing\.txt: no such file/);
  assert.match(result.stderr, /notes\.pdf: cannot scan "\.pdf" files \(use \.txt or \.html\)/);
  assert.deepEqual((JSON.parse(result.stdout) as JsonReport).documents.map((d) => d.file), [ARTICLE]);
});

test('hostile articles: deep markup, binary text, oversize files each fail with a message', { timeout: 60_000 }, async () => {
  const deep = join(dir, 'deep.html');
  writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</body></html>`);
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, new Uint8Array(4096).map((_, i) => (i * 131) % 256));
  const huge = join(dir, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, MAX_DOCUMENT_BYTES + 1);
  closeSync(fd);
  const result = await run('scan', '--json', deep, binary, huge, ARTICLE);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /deep\.html: elements are nested more than 512 levels deep/);
  assert.match(result.stderr, /binary\.txt: holds binary data, not text \(a NUL byte at byte 0\)/);
  assert.match(result.stderr, /huge\.txt: is 16 MiB, larger than the 16 MiB limit for articles/);
  assert.doesNotMatch(result.stderr, STACK_TRACE);
  assert.equal((JSON.parse(result.stdout) as JsonReport).documents.length, 1);
});

test('the nesting estimate follows HTML: void elements, implied end tags, raw text, comments', () => {
  assert.equal(htmlDepth('<html><body><div><p>a<br>b<img src=x><p>c</div></body></html>'), 4);
  assert.equal(htmlDepth('<ul><li>a<li>b<li>c</ul>'), 2);
  assert.equal(htmlDepth(`<script>${'<div>'.repeat(1000)}</script><style>${'<b>'.repeat(1000)}</style><!-- ${'<i>'.repeat(1000)} -->`), 0);
  assert.equal(htmlDepth('<div><span></div><div><span></div>'), 2);
  assert.equal(htmlDepth('<div>'.repeat(10_000), MAX_HTML_DEPTH), MAX_HTML_DEPTH + 1);
});

test('usage errors: exit 2 with a pointer to --help', async () => {
  for (const argv of [['scan'], ['scan', '--no-bundled', ARTICLE], ['scan', '--jsno', ARTICLE], ['scan', '--pack'], ['scan', '--json=yes', ARTICLE], ['frobnicate']]) {
    const result = await run(...argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, /sourcelight( scan)?: .+\nRun "sourcelight( scan)? --help"/);
  }
});

test('help: general, per command, and version', async () => {
  const general = await run('--help');
  assert.equal(general.code, 0);
  for (const command of ['scan', 'validate', 'import-claimreview', 'export-claimreview']) assert.match(general.stdout, new RegExp(`\\n  ${command} `));
  for (const command of ['scan', 'validate', 'import-claimreview', 'export-claimreview']) {
    const help = await run(command, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: sourcelight ${command} `));
  }
  assert.match((await run('help', 'scan')).stdout, /--no-bundled/);
  assert.match((await run('--version')).stdout, /^sourcelight \d+\.\d+\.\d+\n$/);
  const none = await run();
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^sourcelight: find database claims/);
});

test('as a real process: --json on stdout only, exit 0', () => {
  const result = spawnCli(['scan', '--json', '--no-bundled', '--pack', EXAMPLE, ARTICLE]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.equal((JSON.parse(result.stdout) as JsonReport).documents.length, 1);
  assert.doesNotMatch(result.stdout, STACK_TRACE);
});
