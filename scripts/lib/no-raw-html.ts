/**
 * An esbuild plugin that takes raw-HTML rendering out of Preact: its one `dangerouslySetInnerHTML`
 * assignment (`el.innerHTML = props.__html`) becomes a thrown error. Sourcelight renders every
 * string from a page, database or pack as text, so the path is never wanted; removing it means
 * no bug can reopen it, and `web-ext lint` has no unsafe innerHTML assignment to flag.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** `(u.innerHTML=h.__html)` in Preact's minified ESM build; Preact 10 has exactly one. */
const RAW_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export const noRawHtml: Plugin = {
  name: 'no-raw-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const found = source.match(RAW_HTML)?.length ?? 0;
      // A Preact upgrade that moves the assignment must fail the build, not slip through.
      if (found !== 1) throw new Error(`no-raw-html: expected one dangerouslySetInnerHTML assignment in ${path}, found ${found}`);
      return { contents: source.replace(RAW_HTML, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Sourcelight")})()'), loader: 'js' };
    });
  },
};
