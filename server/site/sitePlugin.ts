import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built site: `/modules/` answers `modules/index.html` (the site uses trailing slashes),
 * `/modules` redirects there, unknown paths get `404.html` with status 404, and the service worker
 * is never cached by the browser so content updates reach learners.
 */
export function sitePlugin(siteDir: string) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyStatic, {
      root: siteDir,
      redirect: true,
      index: ['index.html'],
      wildcard: true,
      setHeaders(res, path) {
        if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest')) res.header('Cache-Control', 'no-cache');
        else if (path.includes(`${join('/', '_astro', '/')}`)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  };
}

/** The site's 404 page, or a plain message when the site has none. */
export async function notFoundPage(siteDir: string): Promise<string> {
  const file = join(siteDir, '404.html');
  return existsSync(file) ? readFile(file, 'utf8') : '<!doctype html><title>Not found</title><p>Not found.</p>';
}
