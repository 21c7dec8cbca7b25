import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { testOutRedirect } from '../../src/lib/journey/testOutHref.ts';

/**
 * Headers for site pages: the part of the Content-Security-Policy a meta tag cannot carry (the rest,
 * with the hashes of each page's inline scripts and styles, is in the page, written by Astro), and a
 * Permissions-Policy turning off device features Cohesion never uses.
 */
export const SITE_PAGE_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()',
} as const;

/**
 * Serves the built site: `/modules/` answers `modules/index.html` (the site uses trailing slashes),
 * `/modules` redirects there, unknown paths get `404.html` with status 404, and the service worker
 * is never cached by the browser so content updates reach learners. Pages get SITE_PAGE_HEADERS;
 * the CASE resources under /ims/case/v1p0/ are served as JSON. The test-out page's former address
 * redirects (301) to the module page's test-out mode.
 */
export function sitePlugin(siteDir: string) {
  return async (app: FastifyInstance) => {
    // A rule rather than a redirect page per module: the build writes one page per module, not two.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const url = new URL(request.url, 'http://site');
      const target = testOutRedirect(url.pathname, url.search);
      if (target) await reply.redirect(target, 301);
    });
    await app.register(fastifyStatic, {
      root: siteDir,
      redirect: true,
      index: ['index.html'],
      wildcard: true,
      setHeaders(res, path) {
        if (path.endsWith('.html'))
          for (const [name, value] of Object.entries(SITE_PAGE_HEADERS)) res.header(name, value);
        // The CASE 1.0 REST resources are JSON files whose paths have no extension to tell.
        if (path.includes(`${join('/', 'ims', 'case', 'v1p0', '/')}`))
          res.header('Content-Type', 'application/json; charset=utf-8');
        if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest'))
          res.header('Cache-Control', 'no-cache');
        else if (path.includes(`${join('/', '_astro', '/')}`))
          res.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  };
}

/**
 * The site's 404 page for a path: the one of the path's locale (`/fr/…` → `fr/404/index.html`, built
 * for each locale but the default) when there is one, else `404.html`, else a plain message.
 */
export async function notFoundPage(siteDir: string): Promise<(pathname: string) => string> {
  const file = join(siteDir, '404.html');
  const fallback = existsSync(file)
    ? await readFile(file, 'utf8')
    : '<!doctype html><title>Not found</title><p>Not found.</p>';
  const byLocale = new Map<string, string>();
  const folders = existsSync(siteDir) ? await readdir(siteDir, { withFileTypes: true }) : [];
  for (const folder of folders) {
    const page = join(siteDir, folder.name, '404', 'index.html');
    if (folder.isDirectory() && existsSync(page)) byLocale.set(folder.name, await readFile(page, 'utf8'));
  }
  return (pathname) => byLocale.get(pathname.split('/')[1] ?? '') ?? fallback;
}
