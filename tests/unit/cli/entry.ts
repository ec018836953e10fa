/** Process entry for spawned CLI tests: what bin/sourcelight.mjs does, on the sources. */
import { main } from '../../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
