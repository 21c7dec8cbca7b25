import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURES } from '../helpers/curriculumWorkspace';
import { projectCopy } from '../helpers/projectCopy';

// `npm run dev` in a copy of the project on the minimal curriculum, on its own port.
const PORT = Number(process.env.E2E_PORT ?? 4329) + 3;
const DEV = `http://127.0.0.1:${PORT}`;
const moduleFile = 'content/modules/intro-mapping.mdx';

let project: ReturnType<typeof projectCopy>;
let dev: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  project = projectCopy();
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: project.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COHESION_CONTENT_DIR: '' },
    detached: true,
    stdio: 'ignore',
  });
  await expect(async () => expect((await fetch(`${DEV}/`)).status).toBe(200)).toPass({ timeout: 100_000 });
});

test.afterAll(() => {
  if (dev.pid) process.kill(-dev.pid);
  project.dispose();
});

test('npm run dev shows a content error in the browser at its file and line, and the page once it is fixed', async ({
  page,
}) => {
  // Generous: the dev server compiles on demand, and CI shares two cores with another worker.
  test.setTimeout(240_000);
  const openModule = () => page.goto(`${DEV}/modules/intro-mapping/`);
  // The first visit is retried like the later ones: on a cold cache Vite may still be bundling dependencies,
  // and a reload it sends then aborts the navigation under way.
  await expect(async () => {
    await openModule();
    await expect(page.getByRole('heading', { level: 1, name: 'Intro to mapping' })).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });

  const broken = join(FIXTURES, 'bad-content', 'lower-case-component', moduleFile);
  copyFileSync(broken, join(project.root, moduleFile));
  // Each attempt waits long enough for the error overlay, which the page's scripts draw after load: an
  // attempt shorter than that would reload the page before it could ever show, on a busy machine.
  await expect(async () => {
    await openModule();
    await expect(page.getByText('<callout> is not a component', { exact: false }).first()).toBeVisible({
      timeout: 15_000,
    });
  }).toPass({ timeout: 80_000 });
  await expect(page.getByText('intro-mapping.mdx:18').first()).toBeVisible();

  // Leave the error page before the fix is written: its dev client reloads it when the file changes, and a
  // reload during a navigation aborts that navigation (net::ERR_ABORTED, every attempt for 80 s in one CI run).
  await page.goto('about:blank');
  copyFileSync(join(FIXTURES, 'curricula', 'minimal', moduleFile), join(project.root, moduleFile));
  // The dev server serves the fixed module (its heading, not the error page's code frame) before the browser asks.
  await expect(async () => {
    const html = await (await fetch(`${DEV}/modules/intro-mapping/`)).text();
    expect(html).toMatch(/<h1[^>]*>\s*Intro to mapping/);
  }).toPass({ timeout: 80_000 });
  await expect(async () => {
    await openModule();
    await expect(page.getByRole('heading', { level: 1, name: 'Intro to mapping' })).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 80_000 });
});
