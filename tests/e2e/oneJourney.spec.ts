import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseOption, keyOf } from '../helpers/answerKey';
import { readEventLog } from '../helpers/eventLog';
import { skipWholeAssessment, startReading } from '../helpers/learner';
import { refuseWritesWhenFull, setStorageFull } from '../helpers/refuseWrites';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

/** Answers one knowledge check correctly (its answer key comes from the module's checks.json). */
async function answerCorrectly(page: Page, form: Locator) {
  const { correct } = await keyOf(page, form);
  for (const i of correct) await chooseOption(form, i);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).not.toBeEmpty();
}

/** The journey's modules in plan order: link paths of the journey page. */
async function planOrder(page: Page): Promise<string[]> {
  await page.goto('/journey/');
  const links = page.locator('.journey-step > a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** The browser's own event log, as "verb object" lines. */
const eventIds = async (page: Page) =>
  (await readEventLog(page)).map((s) => `${s.verb?.id.split('/').pop()} ${s.object?.id}`);

test.use({ viewport: PHONE });

test('"Up next" and "Continue" follow the plan: opening a later module skips nothing, a tested-out module is passed over', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await skipWholeAssessment(page);
  const [first, second, third] = await planOrder(page);
  await page.goto(third!);
  await startReading(page);
  await expect(page.getByRole('complementary', { name: 'Your journey' })).toContainText('Module 3 of');

  await page.goto('/journey/');
  await expect(page.locator('.journey-step.is-current > a')).toHaveAttribute('href', first!);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue: / })).toHaveAttribute('href', first!);

  await page.goto(`${first}?test-out`);
  for (const form of await page.locator('form[data-kc]').all()) await answerCorrectly(page, form);
  await expect(page.getByRole('status').filter({ hasText: /marked as tested out/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue: / })).toHaveAttribute('href', second!);
  await expectFitsAtBothSizes(page, 'home-continue');
  await page.goto('/journey/');
  await expect(page.locator('.journey-step.is-current > a')).toHaveAttribute('href', second!);
  await expectFitsAtBothSizes(page, 'journey-up-next');
});

test('a learner who leaves the instant after testing out, before IndexedDB stored it, finds "Continue" past that module on the home page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await refuseWritesWhenFull(page);
  await skipWholeAssessment(page);
  const [first, second] = await planOrder(page);
  await page.goto(`${first}?test-out`);
  // Nothing this page records reaches IndexedDB: all of it is noted in the write-ahead journal only, as when
  // the learner leaves before the writes commit.
  await setStorageFull(page, true);
  for (const form of await page.locator('form[data-kc]').all()) await answerCorrectly(page, form);
  await expect(page.getByRole('status').filter({ hasText: /marked as tested out/ })).toBeVisible();
  // The browser asks whether to leave with writes still waiting; the learner leaves anyway.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue: / })).toHaveAttribute('href', second!);
});

test('a storage failure is told as such, events wait in memory and are written once storage works again', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await refuseWritesWhenFull(page);
  await skipWholeAssessment(page);
  const [first] = await planOrder(page);
  await page.goto(first!);
  await startReading(page);
  const box = page.getByRole('complementary', { name: 'Your journey' });
  await expect(box).toContainText(/ 0 of \d+ knowledge checks passed/);

  await setStorageFull(page, true);
  await answerCorrectly(page, page.locator('form[data-kc]').first());
  const alert = page.getByRole('alert').filter({ hasText: /storage/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/full/i);
  await expect(alert).not.toContainText(/offline/i);
  await expectFitsAtBothSizes(page, 'storage-failure');
  expect((await eventIds(page)).filter((e) => e.startsWith('answered urn:cohesion:module:'))).toEqual([]);

  await setStorageFull(page, false);
  await expect(alert).toBeHidden({ timeout: 20_000 });
  expect((await eventIds(page)).filter((e) => e.startsWith('answered urn:cohesion:module:'))).toHaveLength(1);
});

test('with site storage blocked (as in some private windows) the self-assessment still works and the learner is told why nothing is kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Where do you work?' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: /storage|store data/i });
  await expect(alert).toContainText('not letting Cohesion store data');
  await expect(alert).toContainText(/private/i);
  await expect(alert).not.toContainText(/offline/i);
  await expectFitsAtBothSizes(page, 'storage-blocked');
});

test('two tabs share one journey: answers given in each are found in both', async ({ context }) => {
  test.setTimeout(90_000);
  const a = await context.newPage();
  await skipWholeAssessment(a);
  const [first, second] = await planOrder(a);
  const b = await context.newPage();
  await b.goto(second!);
  await startReading(b);
  await a.goto(first!);
  await startReading(a);
  const boxA = a.getByRole('complementary', { name: 'Your journey' });
  const boxB = b.getByRole('complementary', { name: 'Your journey' });
  await expect(boxA).toContainText(/ 0 of \d+ knowledge checks passed/);
  await expect(boxB).toContainText(/ 0 of \d+ knowledge checks passed/);

  await answerCorrectly(a, a.locator('form[data-kc]').first());
  await expect(boxA).toContainText(/ 1 of \d+ knowledge checks passed/);
  await answerCorrectly(b, b.locator('form[data-kc]').first());
  await expect(boxB).toContainText(/ 1 of \d+ knowledge checks passed/);

  for (const page of [a, b]) {
    for (const module of [first!, second!]) {
      await page.goto(module);
      await startReading(page);
      await expect(page.getByRole('complementary', { name: 'Your journey' })).toContainText(
        / 1 of \d+ knowledge checks passed/,
      );
    }
  }
});

test('a malformed statement in the log does not stop the journey or the assessment from loading', async ({ page }) => {
  await skipWholeAssessment(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cohesion');
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          tx.objectStore('events').put({
            id: '00000000-0000-4000-8000-000000000bad',
            timestamp: '2026-01-01T00:00:00.000Z',
            actor: { mbox: 'mailto:x@example.org' },
            object: { id: 'urn:cohesion:module:x' },
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/journey/');
  await expect(page.getByText(/^0 of \d+ modules done/)).toBeVisible();
  await page.goto('/assessment/');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
});

test('a statement from the server that is not valid is quarantined and shown on "Your data" with the reason', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const agent = { objectType: 'Agent', mbox: 'mailto:lee@example.org' };
  const good = {
    id: '6f1c1c3e-2b8a-4c55-9a43-0d7f0e1a0001',
    actor: agent,
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { objectType: 'Activity', id: 'urn:cohesion:module:engagement-model-essentials' },
    timestamp: '2026-03-01T10:00:00.000Z',
    stored: '2026-03-01T10:00:00.000Z',
  };
  const noVerb = {
    id: '6f1c1c3e-2b8a-4c55-9a43-0d7f0e1a0bad',
    actor: agent,
    object: { objectType: 'Activity', id: 'urn:cohesion:module:x' },
    timestamp: '2026-03-01T10:00:01.000Z',
    stored: '2026-03-01T10:00:01.000Z',
  };
  // A Learning Record Store that does not validate what it serves, on this origin (no CORS to play).
  await page.route('**/broken-lrs/**', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/about')) return route.fulfill({ json: { version: ['2.0.0'] } });
    if (url.pathname.endsWith('/statements') && route.request().method() === 'GET')
      return route.fulfill({ json: { statements: [good, noVerb] } });
    if (url.pathname.endsWith('/statements')) return route.fulfill({ status: 204 });
    if (route.request().method() === 'GET') return route.fulfill({ status: 404 });
    return route.fulfill({ status: 204, headers: { ETag: '"1"' } });
  });
  await skipWholeAssessment(page);
  await page.goto('/sync/');
  await page.getByText('Advanced: connect to another Learning Record Store').click();
  await page.getByLabel('xAPI endpoint').fill(new URL('/broken-lrs/xapi/', page.url()).toString());
  await page.getByLabel('Key').fill('key');
  await page.getByLabel('Secret').fill('secret');
  await page.getByLabel('Your email address, as the LRS knows you').fill('lee@example.org');
  await page.getByRole('button', { name: 'Connect' }).last().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible({ timeout: 15_000 });

  await page.goto('/journey/');
  await expect(page.getByText(/^1 of \d+ modules done/)).toBeVisible();
  await page.goto('/data/');
  const refused = page.getByRole('region', { name: 'Learning events refused from the server' });
  await expect(refused).toContainText(noVerb.id);
  await expect(refused).toContainText('verb: a statement needs a verb');
  await expectFitsAtBothSizes(page, 'quarantine');
});
