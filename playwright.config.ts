import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN } from './tests/helpers/e2eServer';

// Debian's Chromium by default (Playwright's browser download is not available on our machines);
// CHROMIUM_PATH overrides it, and without either Playwright uses its own bundled browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// E2E_PORT and E2E_OUT_DIR let several checkouts or agents run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
// The site is served by Cohesion's own server (site, xAPI LRS and API in one process), on a fresh
// database per run, with an admin credential the tests use to enrol learners and seed statements.
const serverEnv = `COHESION_SITE_DIR=${OUT_DIR} COHESION_DB_FILE=${join(tmpdir(), `cohesion-e2e-${PORT}.sqlite`)} HOST=127.0.0.1 PORT=${PORT} LOG_LEVEL=warn`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: [
      `npm run build -- --outDir ${OUT_DIR}`,
      `rm -f ${join(tmpdir(), `cohesion-e2e-${PORT}.sqlite`)}*`,
      `${serverEnv} node server/cli.ts user add --role admin --username ${E2E_ADMIN.username} --password ${E2E_ADMIN.password}`,
      `${serverEnv} node server/main.ts`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
