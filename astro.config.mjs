// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { curriculumCheck } from './src/integrations/curriculumCheck.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [curriculumCheck(), mdx(), react()],
  devToolbar: { enabled: false },
});
