import base from './playwright.config';
import { defineConfig } from '@playwright/test';
const db = '/tmp/cohesion-e2e-items23-local.sqlite';
const env = `COHESION_SITE_DIR=dist-items23 COHESION_DB_FILE=${db} HOST=127.0.0.1 PORT=4450 LOG_LEVEL=warn`;
export default defineConfig({
  ...base,
  retries: 0,
  reporter: [['list']],
  webServer: [{ command: [`rm -f ${db}*`, `${env} node server/cli.ts user add --role admin --username e2e-admin --password e2e-admin-secret`, `${env} node server/main.ts`].join(' && '), url: 'http://127.0.0.1:4450/', reuseExistingServer: false, timeout: 60_000 }],
});
