import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../authoring/checkContent';
import { CONTENT_DIR } from '../authoring/contentLayout';
import { contentErrors, formatIssues } from '../lib/curriculum/contentIssue';

/**
 * Runs the content check before anything is built. `astro build` fails with every problem and
 * writes no site; `astro dev` reports problems and re-checks whenever a file in content/ changes.
 */
export function curriculumCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'cohesion:curriculum-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const all = checkContent(root).issues;
        const issues = contentErrors(all);
        if (issues.length === 0) {
          if (all.length > 0) logger.warn(formatIssues(all));
          return;
        }
        if (command === 'build') {
          const error = new Error(`The curriculum has errors; nothing was built.\n\n${formatIssues(issues)}`);
          error.stack = error.message; // the message is the whole story; a JS stack would bury it
          throw error;
        }
        logger.error(formatIssues(issues));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentRoot = resolve(root, CONTENT_DIR);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentRoot)) return;
          const issues = contentErrors(checkContent(root).issues);
          if (issues.length) logger.error(formatIssues(issues));
          else logger.info('content/ is valid.');
        });
      },
    },
  };
}
