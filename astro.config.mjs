// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { curriculumCheck } from './src/integrations/curriculumCheck.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [curriculumCheck(), mdx(), react(), serviceWorker()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy with the hash of every inline script and style Astro emits, per page.
  security: { csp: true },
  vite: {
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
