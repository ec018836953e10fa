/**
 * zod, configured once for every bundle that uses it. Without `jitless`, zod probes
 * `new Function` and compiles fast paths from strings, which the extension's CSP forbids (each
 * attempt is reported as a violation); every module imports zod from here, never from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
