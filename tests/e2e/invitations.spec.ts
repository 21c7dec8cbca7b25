import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { TEST_HASH_COST } from '../../server/testing/testHashCost';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { PHONE } from '../helpers/screenSizes';
import { scrollingTableProblems } from '../helpers/scrollingTableReads';

const STRONG = 'violet tractor lantern ocean';

/** Nothing on the page scrolls sideways, and axe finds nothing, at a phone's width and a laptop's. */
async function fitsAndPasses(page: Page, name: string) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/${name}-${viewport.width}.png`, fullPage: true });
  }
  expect(await axeViolations(page)).toEqual([]);
}

test('on first run, the first admin is created in the browser with the token the server printed', async ({ page }) => {
  test.setTimeout(60_000);
  // A server of its own on an empty database (the suite's server starts with an admin already).
  const port = Number(process.env.E2E_PORT ?? 4329) + 5;
  const db = join(tmpdir(), `cohesion-e2e-first-run-${port}.sqlite`);
  rmSync(db, { force: true });
  let output = '';
  const server: ChildProcess = spawn('node_modules/.bin/node', ['server/main.ts'], {
    env: {
      ...process.env,
      COHESION_SITE_DIR: process.env.E2E_OUT_DIR ?? 'dist',
      COHESION_DB_FILE: db,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PASSWORD_HASH_COST: String(TEST_HASH_COST),
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  server.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    await expect.poll(() => /setup token:\n\s+(\S+)/.exec(output)?.[1], { timeout: 30_000 }).toBeTruthy();
    const token = /setup token:\n\s+(\S+)/.exec(output)![1]!;
    await page.goto(`http://127.0.0.1:${port}/account/`);
    await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();
    await fitsAndPasses(page, 'first-admin');
    await page.getByLabel('Setup token').fill('not the token');
    await page.getByLabel('User name').fill('first-admin');
    await page.getByLabel('Password').fill(STRONG);
    await page.getByRole('button', { name: 'Create the admin' }).click();
    // The error stands under the field it concerns, and the field says so.
    await expect(page.getByLabel('Setup token')).toHaveAccessibleDescription(/not the setup token/);
    await page.getByLabel('Setup token').fill(token);
    await page.getByRole('button', { name: 'Create the admin' }).click();
    await expect(page.getByText('Signed in as first-admin (admin).')).toBeVisible();

    // The admin adds a lead, then disables it.
    await page.getByRole('link', { name: 'Users and devices (admins)' }).click();
    await page.getByLabel('User name').fill('lead-one');
    await page.getByLabel('First password').fill('password12345678');
    await page.getByRole('button', { name: 'Add the user' }).click();
    await expect(page.getByLabel('First password')).toHaveAccessibleDescription(/common, breached/);
    await page.getByLabel('First password').fill(STRONG);
    await page.getByRole('button', { name: 'Add the user' }).click();
    const users = page.getByRole('table', { name: 'Users, their roles and devices' });
    await expect(users.getByRole('row', { name: /lead-one/ })).toContainText('active');
    await page.getByRole('button', { name: 'Disable lead-one' }).click();
    await expect(users.getByRole('row', { name: /lead-one/ })).toContainText('disabled');
    await fitsAndPasses(page, 'admin');
    await page.setViewportSize(PHONE);
    expect(await scrollingTableProblems(users)).toEqual([]);
    // The setup is gone for good.
    const again = await page.request.post(`http://127.0.0.1:${port}/api/setup`, {
      data: { token, username: 'second', password: STRONG },
      headers: { 'Content-Type': 'application/json' },
    });
    expect([403, 404]).toContain(again.status());
  } finally {
    server.kill();
  }
});

test('a lead signs in, invites three learners from a pasted list, one enrols by opening the link, and a revoked link no longer works', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const lead = `lead-${test.info().workerIndex}-${Date.now()}`;
  const added = await request.post('/api/users', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { username: lead, role: 'lead', password: STRONG },
  });
  expect(added.status(), await added.text()).toBe(201);
  const stamp = Date.now();
  const [ana, bo, cy] = [`Ana ${stamp}`, `bo-${stamp}@example.org`, `Cy ${stamp}`];

  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await leadPage.goto('/account/');
  await leadPage.getByLabel('User name').fill(lead);
  await leadPage.getByLabel('Password').fill(STRONG);
  await leadPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(leadPage.getByText(`Signed in as ${lead} (lead).`)).toBeVisible();
  await fitsAndPasses(leadPage, 'account');

  // The session survives a new tab.
  const tab = await leadContext.newPage();
  await tab.goto('/account/invitations/');
  // A region the curriculum lacks is named by its line, next to the list, and nothing is created.
  const people = tab.getByLabel('People to invite');
  await people.fill(`${ana}, multi-payer, Key account management\n\n${bo}; nowhere\n${cy}`);
  await tab.getByRole('button', { name: 'Create invitations' }).click();
  await expect(people).toHaveAccessibleDescription(
    /Line 3: “nowhere” is not a region of this curriculum\. Use Global, /,
  );
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await fitsAndPasses(tab, 'invitations-refused');
  await expect(tab.getByRole('table', { name: 'Invitations and their state' }).getByText(ana)).toHaveCount(0);
  // A region may be given by its name.
  await people.fill(`${ana}, multi-payer, Key account management\n${bo}; Emerging market\n${cy}`);
  await tab.getByRole('button', { name: 'Create invitations' }).click();
  await expect(tab.getByRole('status')).toHaveText(/Created 3 invitations/);
  await expect(people).not.toHaveAttribute('aria-invalid');
  const links = tab.getByRole('table', { name: /Links of the invitations just created/ });
  const linkOf = async (who: string) =>
    (await links
      .getByRole('row', { name: new RegExp(who) })
      .getByRole('cell')
      .textContent())!;
  const anaLink = await linkOf(ana);
  const boLink = await linkOf(bo);
  expect(anaLink).toMatch(/\/sync\/#invite=[0-9A-Z-]{19}$/);
  // On a phone the tables scroll in their own box: headings keep whole words, captions read whole.
  await tab.setViewportSize(PHONE);
  expect(await scrollingTableProblems(links)).toEqual([]);
  expect(await scrollingTableProblems(tab.getByRole('table', { name: 'Invitations and their state' }))).toEqual([]);
  const csv = tab.waitForEvent('download');
  await tab.getByRole('button', { name: 'Download the links (CSV)' }).click();
  expect((await csv).suggestedFilename()).toBe('invitations.csv');
  await fitsAndPasses(tab, 'invitations');

  // Ana opens her link on her phone: enrolled with no typing, the code gone from the address bar.
  const phone = await browser.newContext();
  const anaPage = await phone.newPage();
  await anaPage.goto(anaLink);
  await expect(anaPage.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  expect(anaPage.url()).not.toContain('invite');
  expect(await anaPage.evaluate(() => location.hash)).toBe('');
  await expect(anaPage.getByRole('row', { name: /Server/ })).toContainText("'s server");
  await expect(anaPage.getByRole('region', { name: 'Your devices' })).toContainText('This device, connected');
  await fitsAndPasses(anaPage, 'sync-enrolled');

  // The lead revokes Bo's invitation; Ana's shows used.
  await tab.reload();
  const all = tab.getByRole('table', { name: 'Invitations and their state' });
  await expect(all.getByRole('row', { name: new RegExp(ana) })).toContainText('used');
  // Regions show by name, not by id.
  await expect(all.getByRole('row', { name: new RegExp(ana) })).toContainText('Fragmented multi-payer market');
  await expect(all.getByRole('row', { name: new RegExp(bo) })).toContainText('Emerging market');
  await tab.getByRole('button', { name: `Revoke the invitation for ${bo}` }).click();
  await expect(tab.getByRole('status')).toHaveText(`The invitation for ${bo} is revoked: its link no longer works.`);
  await expect(all.getByRole('row', { name: new RegExp(bo) })).toContainText('revoked');

  const boPage = await (await browser.newContext()).newPage();
  await boPage.goto(boLink);
  await expect(boPage.getByRole('textbox', { name: 'Enrolment code' })).toHaveAccessibleDescription(
    /Your invitation link did not connect this device: .*unknown, already used or expired/,
  );
  expect(boPage.url()).not.toContain('invite');
  await fitsAndPasses(boPage, 'sync-refused');
  await phone.close();
  await leadContext.close();
});
