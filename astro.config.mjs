// @ts-check

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { moduleMdxProcessor } from './src/authoring/moduleMdxProcessor.ts';
import { readSiteLocales } from './src/authoring/readSiteLocales.ts';
import { buildHeapGrowth } from './src/integrations/buildHeapGrowth.ts';
import { curriculumCheck } from './src/integrations/curriculumCheck.ts';
import { hydrateOnInteraction } from './src/integrations/hydrateOnInteraction.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';

/**
 * The CSP hash of a script a page inlines verbatim (`<script is:inline set:html={…?raw}>`).
 * @param {string} path relative to this file
 * @returns {`sha256-${string}`}
 */
function inlineScriptHash(path) {
  return `sha256-${createHash('sha256')
    .update(readFileSync(fileURLToPath(new URL(path, import.meta.url))))
    .digest('base64')}`;
}

// The locales content/site.yaml declares: the default's pages unprefixed (today's addresses), the others under /<locale>/.
const locales = readSiteLocales();

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // Module bodies compile through the processor check:content uses too (src/authoring/moduleMdxProcessor.ts).
  // buildHeapGrowth: `astro build` keeps V8's heap near its live data (peak memory, BENCHMARKS.md).
  integrations: [
    buildHeapGrowth(),
    curriculumCheck(),
    mdx({ processor: moduleMdxProcessor() }),
    react(),
    hydrateOnInteraction(),
    serviceWorker(),
  ],
  devToolbar: { enabled: false },
  i18n: {
    locales,
    defaultLocale: locales[0] ?? 'en',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // Prism marks code tokens with classes styled in global.css (a light and a dark palette); Shiki's
  // style attributes would be refused by the Content-Security-Policy below, leaving code unhighlighted.
  markdown: { syntaxHighlight: 'prism' },
  // Every page carries a Content-Security-Policy meta tag with the hash of each inline script and style
  // it has; the sync server adds what a meta tag cannot carry (frame-ancestors) as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Sync may talk to any conformant LRS the learner configures, over HTTPS.
        "connect-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Astro hashes the scripts it processes; the inline scripts that must run before first paint are hashed here.
      scriptDirective: {
        hashes: [
          inlineScriptHash('./src/client/localNotesFirst.inline.js'),
          inlineScriptHash('./src/client/localeRedirect.inline.js'),
          inlineScriptHash('./src/client/testOutMode.inline.js'),
          inlineScriptHash('./src/client/journeyFirstVisit.inline.js'),
        ],
      },
    },
  },
  vite: {
    // Zod without eval, so the pages' Content-Security-Policy needs no 'unsafe-eval' (src/lib/jitlessZod.ts):
    // `zod` (what Cohesion imports) and `astro/zod` (what Astro's own modules import) both resolve there.
    resolve: {
      alias: [
        { find: /^(astro\/)?zod$/, replacement: fileURLToPath(new URL('./src/lib/jitlessZod.ts', import.meta.url)) },
      ],
    },
    build: {
      rollupOptions: {
        // Astro's MDX output carries a module directive the bundler warns about for every module; it is harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
