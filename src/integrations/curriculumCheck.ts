import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bodyImports } from '../authoring/bodyImports';
import { checkContent } from '../authoring/checkContent';
import { checkContentAndBodies } from '../authoring/checkContentAndBodies';
import { checkContentOnce } from '../authoring/checkContentOnce';
import { contentErrorOverlay } from '../authoring/contentErrorOverlay';
import { CONTENT_DIR } from '../authoring/contentLayout';
import { DOWNLOADS_PATH, downloadUrl, FILES_DIR } from '../authoring/downloadUrl';
import { contentErrors, formatIssues } from '../lib/curriculum/contentIssue';
import type { Curriculum } from '../lib/curriculum/curriculum';

/** The files in content/files/, and those module bodies import (images, media), by the fingerprinted address each is served at. */
function downloads(root: string, curriculum?: Curriculum): Map<string, string> {
  const dir = join(resolve(root, CONTENT_DIR), FILES_DIR);
  const files = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(dir, entry.name))
    : [];
  const bodies = [
    ...(curriculum?.modules ?? []),
    ...(curriculum?.translations ?? []).flatMap((t) => (t.kind === 'modules' ? [t] : [])),
  ];
  for (const { file, body } of bodies)
    files.push(...bodyImports(body, resolve(root, file)).imports.flatMap((i) => (existsSync(i.file) ? [i.file] : [])));
  return new Map(files.map((abs) => [downloadUrl(abs), abs] as const));
}

/**
 * Runs the content check before anything is built. `astro build` fails with every error and
 * writes no site (module bodies are checked as the build compiles them, through the same MDX
 * pipeline: not twice); `astro dev` re-checks bodies included whenever a file in content/ changes,
 * shows errors in the browser's error overlay, and reloads the page when they are fixed or the content changed. Files in
 * content/files/ are served (dev) and copied (build) at their fingerprinted address.
 */
export function curriculumCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'cohesion:curriculum-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // A build's pages read the same checked curriculum (getCatalog), so it is read once.
        const { issues } = command === 'build' ? checkContentOnce(root) : checkContent(root);
        if (issues.length === 0) return;
        if (command === 'build' && contentErrors(issues).length > 0) {
          const error = new Error(`The curriculum has errors; nothing was built.\n\n${formatIssues(issues)}`);
          error.stack = error.message; // the message is the whole story; a JS stack would bury it
          throw error;
        }
        logger.warn(formatIssues(issues));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentRoot = resolve(root, CONTENT_DIR);
        server.middlewares.use((req, res, next) => {
          const file = req.url?.startsWith(DOWNLOADS_PATH)
            ? downloads(root, checkContent(root).curriculum).get(req.url)
            : undefined;
          if (!file) return next();
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
        server.watcher.on('all', async (_event, path) => {
          if (!resolve(path).startsWith(contentRoot)) return;
          const { issues } = await checkContentAndBodies(root);
          const overlay = contentErrorOverlay(issues, root);
          if (overlay) {
            logger.error(formatIssues(issues));
            server.hot.send({ type: 'error', err: overlay });
          } else {
            if (issues.length) logger.warn(formatIssues(issues));
            else logger.info(`${CONTENT_DIR}/ is valid.`);
            // Pages read content/ through getCatalog, not as modules Vite watches: reloading shows the change
            // (and removes the overlay after a fix).
            server.hot.send({ type: 'full-reload', path: '*' });
          }
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(new URL(`.${DOWNLOADS_PATH}`, dir));
        const files = downloads(root, checkContentOnce(root).curriculum);
        if (files.size > 0) mkdirSync(out, { recursive: true });
        for (const [url, abs] of files) copyFileSync(abs, join(out, url.slice(DOWNLOADS_PATH.length)));
      },
    },
  };
}
