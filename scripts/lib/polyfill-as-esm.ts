/**
 * An esbuild plugin for the content script's bundle that loads webextension-polyfill (a UMD file) as an ES module with one
 * default export. Imported as CommonJS, esbuild's interop copies every property of the
 * module's export onto a new object; where the browser has its own promise-based `browser`
 * (Firefox, recent Chromium), the export IS that namespace, and reading each property
 * instantiates every extension API the context has: over a millisecond at the start of every
 * page's content script. Where that namespace exists it is the export straight away, as the
 * polyfill itself decides, without touching `chrome` (whose first use costs as much again);
 * elsewhere the polyfill's own code runs unchanged.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

export const polyfillAsEsm: Plugin = {
  name: 'polyfill-as-esm',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      // A polyfill upgrade that changes its wrapper must fail the build, not load differently.
      if (!source.startsWith('(function (global, factory) {') || !source.includes('} else if (typeof exports !== "undefined") {')) {
        throw new Error(`polyfill-as-esm: unexpected wrapper in ${path}`);
      }
      // The UMD wrapper takes the CommonJS branch with these `module` and `exports`.
      const contents = [
        'const module = { exports: {} };',
        'const native = globalThis.browser;',
        'if (native && native.runtime && native.runtime.id) module.exports = native;',
        `else (function (module, exports, define) {\n${source}\n})(module, module.exports, undefined);`,
        'export default module.exports;',
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
