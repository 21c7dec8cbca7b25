import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './linkNodeModules';
import { moduleAsPlainMdx } from './moduleAsPlainMdx';

/**
 * Writes a stock Astro Starlight project into `root` (an empty temp folder) whose docs are the
 * modules of a Cohesion `content/` folder as plain MDX, at the same URLs (`/modules/<id>/`), with
 * Starlight's defaults: the sidebar generated from every doc, Pagefind search. `node_modules` is the
 * bench package's (hard-linked), the only place Starlight is installed.
 */
export function writeStarlightProject(root: string, content: string): { docs: number } {
  const docs = join(root, 'src', 'content', 'docs');
  mkdirSync(join(docs, 'modules'), { recursive: true });
  // Astro bundles (rather than leaves external) the packages named as dependencies: without Starlight
  // here, its routes import `astro:` virtual modules at render time and the build fails. The versions
  // are the bench package's, whose node_modules the project is given below.
  const { dependencies: bench } = JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const dependencies = { '@astrojs/starlight': bench['@astrojs/starlight'], astro: bench['astro'] };
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'starlight-peer', private: true, type: 'module', dependencies }, null, 2),
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({',
      "  integrations: [starlight({ title: 'Generated curriculum', pagefind: true })],",
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(docs, 'index.mdx'),
    '---\ntitle: Generated curriculum\ndescription: Every module of the generated curriculum, as documentation.\n---\n\nPick a module in the sidebar, or search.\n',
  );
  const files = readdirSync(join(content, 'modules')).filter((f) => f.endsWith('.mdx'));
  for (const file of files)
    writeFileSync(join(docs, 'modules', file), moduleAsPlainMdx(readFileSync(join(content, 'modules', file), 'utf8')));
  linkNodeModules(root, 'bench');
  return { docs: files.length + 1 };
}
