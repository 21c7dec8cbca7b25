import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { TEST_HASH_COST } from './server/testing/testHashCost';
import { E2E_ADMIN } from './tests/helpers/e2eServer';

// Debian's Chromium (Playwright's browser download is not available on our machines): its old headless shell
// (package chromium-headless-shell, the build Playwright itself runs headless tests in) where installed, which
// ran the whole suite in 13.3 minutes against 21-22 with the full browser (2026-12-01, three workers on two
// cores); the full browser for the specs that need what only it has. CHROMIUM_PATH overrides both, and without
// any of them Playwright uses its own bundled browsers.
const installed = (path: string) => (existsSync(path) ? path : undefined);
const fullBrowser = process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium');
const headlessShell = process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium-headless-shell') ?? fullBrowser;
/** Specs that need the full browser: the headless shell refuses to register Periodic Background Sync (the toggle turns itself off). */
const NEEDS_FULL_BROWSER = ['**/reviewReminders.spec.ts'];
const launchWith = (executablePath: string | undefined) => ({
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
// E2E_PORT and E2E_OUT_DIR let several checkouts or agents run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
/** The workforce view's own server (see webServer below); the workforce spec reads it from E2E_WORKFORCE_PORT. */
const WORKFORCE_PORT = PORT + 1;
process.env.E2E_WORKFORCE_PORT = String(WORKFORCE_PORT);
/** The evidence page's own server, on a fresh database: its figures are the seeded learners' alone. (PORT + 3 and
 * + 5 are the servers devErrors and invitations start themselves.) */
const EVIDENCE_PORT = PORT + 6;
process.env.E2E_EVIDENCE_PORT = String(EVIDENCE_PORT);
/** The second example curriculum (tests/fixtures/curricula/customer-success), built and served on its own port. */
const EXAMPLE_PORT = PORT + 2;
process.env.E2E_EXAMPLE_PORT = String(EXAMPLE_PORT);
const EXAMPLE_CONTENT = 'tests/fixtures/curricula/customer-success/content';
/** Where that example is built, for the spec that reads its pages as files. */
const EXAMPLE_DIR = `${OUT_DIR}-example`;
process.env.E2E_EXAMPLE_DIR = EXAMPLE_DIR;
/** The exercises fixture curriculum (exercises.spec.ts), built and served on its own port. */
const EXERCISES_PORT = PORT + 4;
const EXERCISES_CONTENT = 'tests/fixtures/curricula/exercises/content';
const EXERCISES_DIR = `${OUT_DIR}-exercises`;
/** The command that builds the site from `content` (the default curriculum when omitted) into `outDir`. */
const build = (outDir: string, content?: string) =>
  `${content ? `COHESION_CONTENT_DIR=${content} ` : ''}npm run build -- --outDir ${outDir}`;
/**
 * The three sites, each built once before any server starts, one after another: builds share the project's
 * `.astro/` and `node_modules/.astro/` (the content store), so two at once could mix their curricula.
 */
const buildEverySite = [
  build(OUT_DIR),
  build(EXAMPLE_DIR, EXAMPLE_CONTENT),
  build(EXERCISES_DIR, EXERCISES_CONTENT),
].join(' && ');
// The site is served by Cohesion's own server (site, xAPI LRS and API in one process), on a fresh
// database per run, with an admin credential the tests use to enrol learners and seed statements.
/** Commands that start Cohesion's server on a port with a fresh database and the e2e admin. */
const freshServer = (port: number, siteDir = OUT_DIR) => {
  const db = join(tmpdir(), `cohesion-e2e-${port}.sqlite`);
  // Passwords and device secrets hashed at the lowest scrypt cost: every learner the tests enrol costs a hash.
  const env = `COHESION_SITE_DIR=${siteDir} COHESION_DB_FILE=${db} HOST=127.0.0.1 PORT=${port} LOG_LEVEL=warn PASSWORD_HASH_COST=${TEST_HASH_COST}`;
  return [
    `rm -f ${db}*`,
    `${env} node server/cli.ts user add --role admin --username ${E2E_ADMIN.username} --password ${E2E_ADMIN.password}`,
    `${env} node server/main.ts`,
  ];
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three browsers on CI's two cores: each worker's test waits on its browser, server and timers in turn, so two
  // workers left about half of the CPU idle.
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  // On CI's two busy cores a test runs two to three times slower than alone (quickQuiz 51 s alone, 162 s in the
  // suite, 2026-12-01), so the limits leave that room: a slow pass is not a failure.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace is recorded only when a test is run again after failing (CI retries once): recording one for every
    // test, to keep those that fail, took a sixth of the browser tests' time (reading and pageTypes specs, three
    // workers: 141–153 s with, 117–122 s without, 2026-12-02). Locally, without retries, failures keep theirs.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    // No service worker unless a spec asks for one (`test.use({ serviceWorkers: 'allow' })`, as every offline
    // spec does): installing it precaches the site's shell in each test's fresh context, which doubled the
    // browser's CPU time for tests that never go offline (reading.spec: 102 CPU-s with it, 45 without).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: NEEDS_FULL_BROWSER,
      use: { launchOptions: launchWith(headlessShell) },
    },
    {
      name: 'chromium-full',
      testMatch: NEEDS_FULL_BROWSER,
      use: { launchOptions: launchWith(fullBrowser) },
    },
  ],
  webServer: [
    {
      command: [buildEverySite, ...freshServer(PORT)].join(' && '),
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
      stdout: 'ignore',
    },
    // A second server on its own fresh database for the workforce view, whose exact figures (and
    // k-anonymity refusals) would otherwise depend on which other suites' learners synced first.
    // Started after the first, so the site is already built.
    {
      command: freshServer(WORKFORCE_PORT).join(' && '),
      url: `http://127.0.0.1:${WORKFORCE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
    },
    // The same for the programme evidence page, whose suppressed and shown cells depend on every learner.
    {
      command: freshServer(EVIDENCE_PORT).join(' && '),
      url: `http://127.0.0.1:${EVIDENCE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
    },
    // The second example curriculum, to show a site built from other content speaks only its words.
    {
      command: freshServer(EXAMPLE_PORT, EXAMPLE_DIR).join(' && '),
      url: `http://127.0.0.1:${EXAMPLE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
    },
    // The exercises fixture, so the default curriculum's modules stay as they are.
    {
      command: freshServer(EXERCISES_PORT, EXERCISES_DIR).join(' && '),
      url: `http://127.0.0.1:${EXERCISES_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
    },
  ],
});
