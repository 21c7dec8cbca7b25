import * as z from 'zod/v4';

// Zod compiles object parsers with `new Function` after probing whether eval is allowed; under the
// site's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation. Jitless
// mode skips both, with the same results. In the site's build `zod` and `astro/zod` resolve here
// (astro.config.mjs); Node (server, scripts, tests) has no CSP and uses zod as installed.
z.config({ jitless: true });

/** Zod as the `zod` package exports it, configured to never evaluate code. */
export * from 'zod/v4';
export { z };
export default z;
