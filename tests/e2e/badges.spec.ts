import { readFileSync } from 'node:fs';
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { credentialOfPng } from '../../src/lib/badges/bakedBadgePng';
import { credentialOfSvg } from '../../src/lib/badges/bakedBadgeSvg';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { answerChecksCorrectly } from '../helpers/learner';

const admin = { Authorization: basic(E2E_ADMIN) };
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

/** A device enrolled for a new learner of this run, connected on the Sync page. */
async function enrolledDevice(context: BrowserContext, request: APIRequestContext): Promise<Page> {
  const agent = {
    objectType: 'Agent',
    account: { homePage: 'https://coe.example', name: `badge-${test.info().workerIndex}-${Date.now()}` },
  };
  const response = await request.post('/api/enrolments', { headers: admin, data: { agent } });
  expect(response.status()).toBe(201);
  const { code } = (await response.json()) as { code: string };
  const page = await context.newPage();
  await page.goto('/sync/');
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(code);
  await page.getByRole('button', { name: 'Connect' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  return page;
}

/** Checks `text` on the verification page and returns the page's verdict region. */
async function verify(page: Page, text: string) {
  await page.goto('/badges/verify/');
  await page.getByLabel('Badge to check').fill(text);
  await page.getByRole('button', { name: 'Check the badge' }).click();
  const verdict = page.getByRole('status');
  await expect(verdict).not.toHaveText(/Checking|^$/);
  return verdict;
}

test('a learner reaches a level, syncs and gets a badge that verifies in the browser, until a lead revokes it; a tampered one does not', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const learner = await enrolledDevice(context, request);

  // Completing the module develops stakeholder mapping to level 2: two levels reached.
  await learner.goto('/modules/mapping-the-buying-centre/');
  await expect(learner.getByRole('heading', { level: 1 })).toBeVisible();
  await answerChecksCorrectly(learner);
  await learner.goto('/sync/');
  await learner.getByRole('button', { name: 'Sync now' }).click();
  await expect(learner.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  await expect(learner.getByRole('row', { name: /waiting to be sent/ })).toContainText('0');

  await learner.goto('/data/');
  const badges = learner.getByRole('region', { name: 'Your badges' });
  const practising = badges
    .getByRole('listitem')
    .filter({ hasText: /Stakeholder and buying-centre mapping: Practising/ });
  // Listing waits for the issuer's pass over every learner changed since the last one, which on a busy
  // machine, with the other tests' learners syncing to the same server, can take longer than 5 s.
  await expect(practising).toBeVisible({ timeout: 30_000 });
  await expect(badges.getByRole('heading', { level: 3 })).toHaveCount(2);
  await fitsAndPasses(learner, 'badges-data');

  const download = learner.waitForEvent('download');
  await practising.getByRole('button', { name: /Download JSON/ }).click();
  const json = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(json)).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
  const image = learner.waitForEvent('download');
  await practising.getByRole('button', { name: /Download image \(SVG\)/ }).click();
  const svg = readFileSync(await (await image).path(), 'utf8');
  expect(svg).toContain('<openbadges:credential verify="');
  const pngDownload = learner.waitForEvent('download');
  await practising.getByRole('button', { name: /Download image \(PNG\)/ }).click();
  const pngFile = await (await pngDownload).path();
  expect((await pngDownload).suggestedFilename()).toMatch(/\.png$/);
  expect(credentialOfPng(new Uint8Array(readFileSync(pngFile)))).toBe(credentialOfSvg(svg));

  // The downloaded JSON, checked on the public page in another browser (no credentials there).
  const visitor = await (await browser.newContext()).newPage();
  await expect(await verify(visitor, json)).toContainText('Valid: issued by');
  await expect(visitor.getByRole('definition').first()).toHaveText('Stakeholder and buying-centre mapping: Practising');
  await fitsAndPasses(visitor, 'badges-verify');

  // The baked PNG, chosen as a file on the public page.
  await visitor.goto('/badges/verify/');
  await visitor.getByLabel(/Or choose a badge file/).setInputFiles(pngFile);
  await expect(visitor.getByRole('status')).toContainText('Valid: issued by');

  // The share link checks itself as it opens.
  await practising.getByRole('link', { name: /Verification link/ }).click();
  await expect(learner.getByRole('status')).toContainText('Valid: issued by');

  // A changed JWT: the signature no longer matches.
  const jwt = /verify="([^"]+)"/.exec(svg)![1]!;
  const [header, payload, signature] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
  claims.credentialSubject.achievement.name = 'Stakeholder and buying-centre mapping: Leading';
  const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  await expect(await verify(visitor, tampered)).toContainText('Signature does not match');

  // A lead revokes it from the workforce page.
  const lead = `lead-badges-${test.info().workerIndex}-${Date.now()}`;
  const added = await request.post('/api/users', {
    headers: admin,
    data: { username: lead, role: 'lead', password: STRONG },
  });
  expect(added.status(), await added.text()).toBe(201);
  const leadPage = await (await browser.newContext()).newPage();
  await leadPage.goto('/account/');
  await leadPage.getByLabel('User name').fill(lead);
  await leadPage.getByLabel('Password').fill(STRONG);
  await leadPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(leadPage.getByText(`Signed in as ${lead} (lead).`)).toBeVisible();
  await leadPage.goto('/coverage/workforce/');
  const learnerName = String(JSON.parse(json).id);
  expect(learnerName).toContain('/api/badges/credentials/');
  const issued = leadPage.getByRole('region', { name: 'Badges issued' });
  await expect(issued).toBeVisible();
  await fitsAndPasses(leadPage, 'badges-workforce');
  const row = issued
    .getByRole('row')
    .filter({ hasText: 'stakeholder-mapping · 2' })
    .filter({ hasText: `badge-${test.info().workerIndex}-` })
    .last();
  await row.getByRole('button', { name: /^Revoke/ }).click();
  await expect(row).toContainText('Revoked');

  await expect(await verify(visitor, json)).toContainText('Revoked:');
  await expect(await verify(visitor, jwt)).toContainText('Revoked:');
  await context.close();
});
