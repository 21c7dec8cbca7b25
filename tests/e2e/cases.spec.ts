import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

const STRONG = 'violet tractor lantern ocean';
// Devices used before: the site is cached for offline use by its service worker.
test.use({ serviceWorkers: 'allow' });

/** A learner of this run's own, so parallel workers and reruns never share a record. */
const learnerAgent = (name: string) => ({
  objectType: 'Agent',
  account: { homePage: 'https://coe.example', name: `${name}-${test.info().workerIndex}-${Date.now()}` },
});

/** A one-time enrolment code for a learner, issued with the e2e admin credential. */
async function enrolmentCode(request: APIRequestContext, agent: object): Promise<string> {
  const response = await request.post('/api/enrolments', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { agent },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

/** A phone-sized browser connected to the server as a new learner, its site cached for offline use. */
async function learnerDevice(context: BrowserContext, request: APIRequestContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto('/sync/');
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(await enrolmentCode(request, learnerAgent(name)));
  await page.getByRole('button', { name: 'Connect' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  return page;
}

const syncNow = async (page: Page) => {
  await page.goto('/sync/');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
};

/** On "Your data", the learner's case on the server, once it shows `status` (reloading while a sync may still be sending it). */
async function expectMyCase(page: Page, title: string, status: string) {
  await expect(async () => {
    await page.goto('/data/');
    await expect(
      page.getByRole('region', { name: 'Your cases' }).getByRole('listitem').filter({ hasText: title }),
    ).toContainText(status, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return page.getByRole('region', { name: 'Your cases' }).getByRole('listitem').filter({ hasText: title });
}

/** A lead signed in on the account page, in a browser of their own. */
async function leadPage(context: BrowserContext, request: APIRequestContext): Promise<Page> {
  const lead = `lead-${test.info().workerIndex}-${Date.now()}`;
  const added = await request.post('/api/users', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { username: lead, role: 'lead', password: STRONG },
  });
  expect(added.status(), await added.text()).toBe(201);
  const page = await context.newPage();
  await page.goto('/account/');
  await page.getByLabel('User name').fill(lead);
  await page.getByLabel('Password').fill(STRONG);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${lead} (lead).`)).toBeVisible();
  return page;
}

test('a case written offline is synced, sent back for changes, approved by a lead, then read by another learner in the library, on the competency page and offline', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const title = `Joint payer plan ${Date.now().toString(36)}`;
  const authorContext = await browser.newContext();
  const author = await learnerDevice(authorContext, request, 'author');

  // The share form, opened once online, is kept for offline use; the case is written offline.
  await author.goto('/cases/share/');
  await expect(author.getByRole('heading', { name: 'Share a practice', level: 1 })).toBeVisible();
  await authorContext.setOffline(true);
  await author.reload();
  await author.getByLabel('Title').fill(title);
  await author
    .getByLabel('Situation')
    .fill('A regional payer wrote to jane.doe@example.org about the *formulary* review.');
  const warnings = author.getByRole('region', { name: 'This looks like personal or customer data' });
  await expect(warnings).toContainText('“jane.doe@example.org” in Situation looks like an e-mail address.');
  await author.getByLabel('Situation').fill('A regional payer asked us about the *formulary* review.');
  await expect(warnings).toHaveCount(0);
  await author.getByLabel('What you did').fill('- Mapped the decision makers\n- Built a **joint** plan');
  await author.getByLabel('Result', { exact: true }).fill('Listed in twelve weeks.');
  await author.getByLabel('What others can reuse').fill('The [mapping template](https://example.org/template).');
  await author.getByRole('button', { name: 'Add a competency' }).click();
  const competency = author.getByLabel('Competency', { exact: true });
  await competency.selectOption({ index: 1 });
  const competencyName = (await competency.locator('option:checked').textContent())!;
  await author.getByLabel('Level').selectOption('2');
  // The preview shows the case as the library will: Markdown rendered, links kept.
  const preview = author.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('joint');
  await expect(preview.getByRole('link', { name: 'mapping template' })).toHaveAttribute(
    'href',
    'https://example.org/template',
  );
  await expectFitsAtBothSizes(author, 'cases-share');
  await author.getByRole('button', { name: 'Submit for review' }).click();
  await expect(author.getByText('Submitted: it is sent for review the next time this device syncs.')).toBeVisible();
  await author.goto('/data/');
  await expect(author.getByText('Waiting to be sent when this device syncs.')).toBeVisible();

  // Online again, the device syncs and the case reaches the server.
  await authorContext.setOffline(false);
  await syncNow(author);
  await expectMyCase(author, title, 'Waiting for review');

  // The lead asks for a change; the author sees the comment and changes the case.
  const leadContext = await browser.newContext();
  const lead = await leadPage(leadContext, request);
  await lead.goto('/coverage/cases/');
  const queued = lead.getByRole('article', { name: title });
  await expect(queued).toBeVisible();
  await expectFitsAtBothSizes(lead, 'cases-queue');
  await queued.getByLabel('Comment for the author').fill('Say which region this was.');
  await queued.getByRole('button', { name: 'Ask for changes' }).click();
  await expect(lead.getByText(`“${title}” sent back to its author with your comment.`)).toBeVisible();

  const sentBack = await expectMyCase(author, title, 'Changes requested');
  await expect(sentBack).toContainText('Say which region this was.');
  await sentBack.getByRole('button', { name: `Change “${title}”` }).click();
  await expect(author.getByLabel('Title')).toHaveValue(title);
  await author.getByLabel('Region').selectOption({ index: 1 });
  await author.getByRole('button', { name: 'Submit for review' }).click();
  await expect(author.getByText('Submitted: it is sent for review')).toBeVisible();
  await syncNow(author);
  await expectMyCase(author, title, 'Waiting for review');

  // The lead approves the resubmitted case.
  await lead.reload();
  await lead.getByRole('article', { name: title }).getByRole('button', { name: 'Approve' }).click();
  await expect(lead.getByText(`“${title}” approved: it is in the library.`)).toBeVisible();
  await expectMyCase(author, title, 'Approved: in the library');

  // A second learner finds it in the library, filtered by its competency, and on the competency's page.
  const readerContext = await browser.newContext();
  const reader = await learnerDevice(readerContext, request, 'reader');
  await reader.goto('/cases/');
  await reader.getByLabel('Competency').selectOption({ label: competencyName });
  const entry = reader.getByRole('article', { name: title });
  await expect(entry).toContainText(`${competencyName} at level 2`);
  await expect(entry).toContainText('Shared anonymously');
  await expectFitsAtBothSizes(reader, 'cases-library');
  await reader.goto('/competencies/');
  const fromTheField = reader
    .getByRole('region', { name: competencyName, exact: true })
    .getByRole('region', { name: 'From the field' });
  await fromTheField.scrollIntoViewIfNeeded(); // the lists are filled as the reader comes to them
  await expect(fromTheField.getByRole('link', { name: title })).toBeVisible();
  expect(await axeViolations(reader)).toEqual([]);
  // The header's search lists it beside the modules, labelled as a field case.
  await reader.getByRole('combobox', { name: 'Search modules' }).fill(title);
  await expect(reader.getByRole('option', { name: `${title} Field case` })).toBeVisible();

  // Offline, the library is read from the copy saved on the device, and says so.
  await readerContext.setOffline(true);
  await reader.goto('/cases/');
  await expect(reader.getByText(/^Showing the copy saved on this device on /)).toBeVisible();
  await expect(reader.getByRole('article', { name: title })).toContainText('Listed in twelve weeks.');
  for (const context of [authorContext, leadContext, readerContext]) await context.close();
});
