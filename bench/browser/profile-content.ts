/**
 * Where the content script spends its main-thread time on a long article: builds an unminified
 * copy of the extension (names kept), loads a generated page in Chromium with tracing, and
 * prints the functions with the most self time inside the extension's tasks, from the V8
 * sampling profiler. For the content engineer, when content-vs-extract or longest-task misses.
 *
 *   npx tsx bench/browser/profile-content.ts [--words 20000] [--top 30]
 */
import { rmSync } from 'node:fs';
import { launch } from '../../tests/e2e/harness/browsers.js';
import { serve } from '../../tests/e2e/harness/server.js';
import { articlePage } from '../article/article-page.js';
import { readSamples, type PageTrace, type Samples, type Task } from './attribute.js';
import { buildInstrumented, serveBaseline } from './browser-bench.js';
import { measurePageLoad } from './page-load.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function selfTimes({ nodes, samples }: Samples, tasks: readonly Task[]): Map<string, number> {
  const inTask = (time: number) => tasks.some((task) => time >= task.start && time <= task.start + task.ms * 1000);
  const times = new Map<string, number>();
  samples.forEach((sample, i) => {
    if (!inTask(sample.time)) return;
    const frame = nodes.get(sample.node)?.callFrame;
    const where = frame?.url ? `${frame.url.split('/').pop()}:${(frame.lineNumber ?? 0) + 1}` : '';
    const label = `${frame?.functionName || '(anonymous)'} ${where}`.trim();
    const ms = ((samples[i + 1]?.time ?? sample.time) - sample.time) / 1000;
    times.set(label, (times.get(label) ?? 0) + Math.min(ms, 1));
  });
  return times;
}

const dist = await buildInstrumented({ readable: true });
const server = await serve();
const html = articlePage({ words: arg('words', 20_000), seed: 5 });
server.route('profile.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
const baselineUrl = serveBaseline(server);
const browser = await launch('chromium', { dist, observeNetwork: false });
try {
  await measurePageLoad(browser, server.url('profile.html'), { quietMs: 1500, timeoutMs: 120_000, baselineUrl }); // warm-up
  const load = await measurePageLoad(browser, server.url('profile.html'), {
    quietMs: 1500,
    timeoutMs: 120_000,
    baselineUrl,
    sampler: true,
    onTrace: (trace: PageTrace, tasks: Task[], events) => {
      const samples = readSamples(events, trace.thread[0]?.pid ?? 0);
      const total = tasks.reduce((sum, task) => sum + task.ms, 0);
      process.stdout.write(`${tasks.length} extension tasks, ${total.toFixed(1)} ms; longest ${Math.max(...tasks.map((t) => t.ms)).toFixed(1)} ms\n`);
      process.stdout.write(`tasks (ms after script start @ duration): ${tasks.map((t) => `${((t.start - trace.scriptStart) / 1000).toFixed(0)}@${t.ms.toFixed(1)}`).join(' ')}\n\nself time in those tasks:\n`);
      const top = [...selfTimes(samples, tasks)].sort((a, b) => b[1] - a[1]).slice(0, arg('top', 30));
      for (const [label, ms] of top) process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${label}\n`);
      const longest = tasks.reduce((a, b) => (b.ms > a.ms ? b : a));
      process.stdout.write(`\nself time in the longest task (${longest.ms.toFixed(1)} ms):\n`);
      for (const [label, ms] of [...selfTimes(samples, [longest])].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${label}\n`);
      }
      process.stdout.write('timeline events in it (nested ones overlap):\n');
      const inLongest = trace.thread.filter((e) => e.ph === 'X' && e.ts >= longest.start && e.ts <= longest.start + longest.ms * 1000 && e.name !== 'ThreadControllerImpl::RunTask');
      const byName = new Map<string, number>();
      for (const event of inLongest) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
      for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
    },
  });
  process.stdout.write(`\nbaseline (bare TreeWalker pass as a script): ${load.extractMs.toFixed(2)} ms cold, ${load.warmExtractMs.toFixed(2)} ms warm\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
