/**
 * Prints the functions with the most self time (and total time) in a V8 .cpuprofile, e.g. from
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --expose-gc --import tsx bench/core/main.ts
 * so a missed target comes with the hot function named.
 *
 *   npx tsx bench/profile-top.ts /tmp/prof/FILE.cpuprofile [count]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT } from './options.js';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx bench/profile-top.ts FILE.cpuprofile [count]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: Node): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${relative(ROOT, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '(native)';
  return `${functionName || '(anonymous)'} ${where}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  all += ms;
  const node = byId.get(id);
  if (!node) return;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at) as Node);
    if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
    seen.add(name);
  }
});

const top = (map: Map<string, number>): string[] =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(countArg ?? 25))
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${name}`);
process.stdout.write(`${all.toFixed(0)} ms sampled\n\nself time:\n${top(self).join('\n')}\n\ntotal time:\n${top(total).join('\n')}\n`);
