import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { JOURNEY_STATE } from '../../src/lib/progress/xapiIds';
import { RETRY_OVERRIDE_GLOBAL } from '../../src/lib/sync/retryPolicyOverride';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { readEventLog } from '../helpers/eventLog';
import { answerChecksCorrectly } from '../helpers/learner';
import { refuseWritesWhenFull, setStorageFull } from '../helpers/refuseWrites';

const admin = { Authorization: basic(E2E_ADMIN), 'X-Experience-API-Version': '2.0.0' };
// Devices used before: the site is cached for offline use by its service worker.
test.use({ serviceWorkers: 'allow' });

/** A COE lead's one-time enrolment code for a learner (issued here with the e2e admin credential). */
async function enrolmentCode(request: APIRequestContext, agent: object): Promise<string> {
  const response = await request.post('/api/enrolments', { headers: admin, data: { agent } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

/** Opens the sync page in a fresh context and connects it with a code. */
async function connectDevice(context: BrowserContext, code: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/sync/');
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(code);
  await page.getByRole('button', { name: 'Connect' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  // A device that has been used before: the site is cached for offline use.
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  return page;
}

/** The modules this browser's log says are completed. */
const completedHere = async (page: Page) =>
  [
    ...new Set(
      (await readEventLog(page))
        .filter((s) => s.verb.id.endsWith('/completed'))
        .map((s) => s.object.id.replace('urn:cohesion:module:', '')),
    ),
  ].sort();

/** Statement ids in the browser's own log. */
const localIds = async (page: Page) => (await readEventLog(page)).map((s) => s.id);

/** Every statement the server holds for the agent, through the xAPI, following `more`. */
async function serverIds(request: APIRequestContext, agent: object): Promise<string[]> {
  const ids: string[] = [];
  let url = `/xapi/statements?agent=${encodeURIComponent(JSON.stringify(agent))}&limit=100`;
  for (;;) {
    const body = (await (await request.get(url, { headers: admin })).json()) as {
      statements: { id: string }[];
      more?: string;
    };
    ids.push(...body.statements.map((s) => s.id));
    if (!body.more) return ids;
    url = body.more;
  }
}

/** Completes a module by answering its checks, and waits for the completion to be in the log. */
async function completeModule(page: Page, id: string) {
  await page.goto(`/modules/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Under a service worker the page saves its answer key as it opens, so grading works offline too.
  if (await page.evaluate(() => Boolean(navigator.serviceWorker?.controller)))
    await expect
      .poll(() => page.evaluate(async (key) => Boolean(await caches.match(key)), `/modules/${id}/checks.json`))
      .toBe(true);
  return async () => {
    await answerChecksCorrectly(page);
  };
}

const syncNow = async (page: Page) => {
  await page.goto('/sync/');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /waiting to be sent/ })).toContainText('0');
};

/** A learner of this run's own, so parallel workers and reruns never share a record. */
const learnerAgent = (name: string) => ({
  objectType: 'Agent',
  account: { homePage: 'https://coe.example', name: `${name}-${test.info().workerIndex}-${Date.now()}` },
});

const badge = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test('two devices of one learner work offline, then both show the union of their progress, and the server holds every statement once', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const agent = learnerAgent('alice');
  const phoneContext = await browser.newContext();
  const laptopContext = await browser.newContext();
  const phone = await connectDevice(phoneContext, await enrolmentCode(request, agent));
  const laptop = await connectDevice(laptopContext, await enrolmentCode(request, agent));
  expect(await axeViolations(phone)).toEqual([]);

  // Both go offline and complete a different module each.
  const onPhone = await completeModule(phone, 'mapping-the-buying-centre');
  const onLaptop = await completeModule(laptop, 'healthcare-archetypes');
  await phoneContext.setOffline(true);
  await laptopContext.setOffline(true);
  await onPhone();
  await onLaptop();
  await expect.poll(() => completedHere(phone)).toEqual(['mapping-the-buying-centre']);
  await expect.poll(() => completedHere(laptop)).toEqual(['healthcare-archetypes']);

  // Back online: each syncs (the laptop twice, to receive what the phone sent after its first run).
  await phoneContext.setOffline(false);
  await laptopContext.setOffline(false);
  await syncNow(laptop);
  await syncNow(phone);
  await syncNow(laptop);

  for (const page of [phone, laptop]) {
    await page.goto('/modules/');
    await expect(badge(page, 'Mapping the buying centre')).toContainText('Done');
    await expect(badge(page, 'Healthcare archetypes')).toContainText('Done');
  }

  const [onServer, phoneLog, laptopLog] = await Promise.all([
    serverIds(request, agent),
    localIds(phone),
    localIds(laptop),
  ]);
  expect(new Set(onServer).size).toBe(onServer.length); // nothing twice
  expect(new Set(onServer)).toEqual(new Set([...phoneLog, ...laptopLog]));
  expect(new Set(phoneLog)).toEqual(new Set(laptopLog));
  await phoneContext.close();
  await laptopContext.close();
});

test('while the server fails, events queue and the status says so; when it recovers every event arrives exactly once', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const agent = learnerAgent('bob');
  // The real backoff waits up to 30 s over five attempts; this page retries within milliseconds.
  await page.addInitScript(
    (name) => Object.assign(globalThis, { [name]: { startingDelay: 20, maxDelay: 80 } }),
    RETRY_OVERRIDE_GLOBAL,
  );
  await page.goto('/sync/');
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(await enrolmentCode(request, agent));
  await page.getByRole('button', { name: 'Connect' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();

  // The server answers 500 to every statement request for a while.
  let failures = 0;
  await page.context().route('**/xapi/statements**', async (route) => {
    failures++;
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ message: 'database unavailable' }),
    });
  });
  const finish = await completeModule(page, 'mapping-the-buying-centre');
  await finish();
  await page.goto('/sync/');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /queued here and will be sent automatically/ })).toBeVisible({
    timeout: 5_000,
  });
  await expect(page.getByText(/HTTP 500 — database unavailable/)).toBeVisible();
  const queued = Number(
    await page
      .getByRole('row', { name: /waiting to be sent/ })
      .getByRole('cell')
      .textContent(),
  );
  expect(queued).toBeGreaterThan(0);
  expect(failures).toBeGreaterThan(1); // retried, with backoff

  // The server recovers.
  await page.context().unroute('**/xapi/statements**');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('row', { name: /waiting to be sent/ })).toContainText('0');
  const onServer = await serverIds(request, agent);
  expect(new Set(onServer).size).toBe(onServer.length);
  expect(new Set(onServer)).toEqual(new Set(await localIds(page)));
});

test('a self-assessment begun on one device continues on another, from the journey record the server keeps', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const agent = learnerAgent('dana');
  const phoneContext = await browser.newContext();
  const phone = await connectDevice(phoneContext, await enrolmentCode(request, agent));
  await refuseWritesWhenFull(phone);
  await phone.goto('/assessment/');
  await phone.getByRole('button', { name: 'Start the self-assessment' }).click();
  await phone.getByRole('button', { name: 'Continue' }).click();
  // The learner skips and goes straight to the Sync page, before IndexedDB has stored the step: it is noted
  // in the write-ahead journal only (here, because storage refuses it), and sync must send it all the same.
  await setStorageFull(phone, true);
  await phone.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(phone.getByText(/^Question 2 of/)).toBeVisible();
  phone.on('dialog', (dialog) => void dialog.accept());
  await syncNow(phone);

  const state = new URLSearchParams({
    activityId: JOURNEY_STATE.activityId,
    agent: JSON.stringify(agent),
    stateId: JOURNEY_STATE.stateId,
  });
  const onServer = await (await request.get(`/xapi/activities/state?${state}`, { headers: admin })).json();
  expect(onServer).toMatchObject({ version: 1, stage: 'assessing', assessment: { cursor: 1 } });
  expect(onServer).not.toHaveProperty('snapshot');

  const laptopContext = await browser.newContext();
  const laptop = await connectDevice(laptopContext, await enrolmentCode(request, agent));
  await laptop.goto('/');
  await expect(laptop.getByRole('link', { name: 'Continue your self-assessment (question 2)' })).toBeVisible();
  await phoneContext.close();
  await laptopContext.close();
});
