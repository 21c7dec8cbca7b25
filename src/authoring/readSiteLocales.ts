import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../lib/site/siteSchema';
import { CONTENT_DIR, optionalFiles } from './contentLayout';

/**
 * The locales site.yaml declares, the default first, for Astro's i18n routing (astro.config.mjs):
 * ["en"] when there is no site file or its `locales` do not parse (the content check reports why).
 */
export function readSiteLocales(root: string = process.cwd()): string[] {
  const file = join(root, CONTENT_DIR, optionalFiles.site.file);
  const fallback = ['en'];
  if (!existsSync(file)) return fallback;
  try {
    const result = siteSchema.shape.locales.safeParse(parse(readFileSync(file, 'utf8'))?.locales);
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}
