/**
 * Loads a generated pack into the running extension through the real import path: the options
 * page's `importPack` message to the background, which validates and stores it. A pack larger
 * than the import limit (MAX_PACK_CHARS) goes in as several self-contained parts.
 */
import type { Page } from 'playwright';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browsers.js';
import type { ClaimPack } from '../../src/core/claims/schema.js';
import { MAX_PACK_CHARS } from '../../src/core/claims/parse.js';
import { splitPack } from '../generate-pack.js';

interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

export async function importPack(browser: ExtensionBrowser, pack: ClaimPack): Promise<number> {
  const size = JSON.stringify(pack).length;
  const parts = Math.ceil(size / (MAX_PACK_CHARS * 0.85));
  const packs = parts > 1 ? splitPack(pack, parts) : [pack];
  const options = await browser.openExtensionPage('options.html');
  try {
    for (const [i, part] of packs.entries()) {
      const text = JSON.stringify(part);
      const reply = await (options.raw as Page).evaluate(
        (args) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'importPack', args }),
        { fileName: `bench-pack-${i + 1}.json`, text },
      );
      const outcome = reply as { ok?: boolean; problems?: { path: string; message: string }[] } | undefined;
      if (!outcome?.ok) {
        const problems = outcome?.problems?.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ') ?? JSON.stringify(reply);
        throw new Error(`importPack of part ${i + 1} of ${packs.length} (${(text.length / 1e6).toFixed(1)} MB) was refused: ${problems}`);
      }
    }
  } finally {
    await options.close();
  }
  return packs.length;
}
