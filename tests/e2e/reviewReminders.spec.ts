import { expect, test } from '@playwright/test';
import { countEvents } from '../helpers/eventLog';
import { answerChecksCorrectly, startReading } from '../helpers/learner';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

// The reminders live in the site's service worker.
test.use({ serviceWorkers: 'allow', viewport: PHONE });

const MODULE = 'mapping-the-buying-centre';
const DAY = 86_400_000;
const toggleName = 'Remind me when questions are due';

test('where the browser has no Periodic Background Sync, the reminders toggle is not shown and the review page works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (ServiceWorkerRegistration.prototype as { periodicSync?: unknown }).periodicSync;
  });
  await page.goto('/review/');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByRole('status').first()).not.toHaveText('');
  await expect(page.getByRole('checkbox', { name: toggleName })).toBeHidden();
  await expectFitsAtBothSizes(page, 'review-reminders-absent');
});

test('a learner turns reminders on; when questions are due the service worker shows one notification, in their words', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Checks passed a month ago: due now by the schedule, in the worker's own (real) time.
  await page.clock.setFixedTime(new Date(Date.now() - 30 * DAY));
  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  await page.goto(`/modules/${MODULE}/`);
  await startReading(page);
  await answerChecksCorrectly(page);
  await expect.poll(() => countEvents(page, 'answered')).toBe(3);

  const learner = await context.newPage();
  // Chromium lets only installed apps sync periodically: the test grants it as installing would.
  const cdp = await context.newCDPSession(learner);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.send('Browser.grantPermissions', {
    ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
    origin: new URL(baseURL!).origin,
    permissions: ['notifications', 'periodicBackgroundSync'],
  });
  await learner.goto('/review/');
  const toggle = learner.getByRole('checkbox', { name: toggleName });
  await expect(toggle).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(learner.getByRole('status').filter({ hasText: 'Reminders are on' })).toBeVisible();
  await expectFitsAtBothSizes(learner, 'review-reminders-on');

  const tags = await learner.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as unknown as {
      periodicSync: { getTags(): Promise<string[]> };
    };
    return registration.periodicSync.getTags();
  });
  expect(tags).toEqual(['review-reminder']);

  // The browser wakes the worker for the reminder's tag (as it would, some hours later).
  const origin = new URL(baseURL!).origin;
  const registrations = new Promise<Array<{ registrationId: string; scopeURL: string }>>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
      if (event.registrations.some((r) => r.scopeURL.startsWith(origin))) resolve(event.registrations);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registration = (await registrations).find((r) => r.scopeURL.startsWith(origin))!;
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
    origin,
    registrationId: registration.registrationId,
    tag: 'review-reminder',
  });
  const notifications = () =>
    learner.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications({ tag: 'review-reminder' })).map((n) => [
        n.title,
        n.body,
      ]),
    );
  await expect.poll(notifications).toEqual([['Time to review', '3 questions are due for review.']]);

  await toggle.uncheck();
  await expect(learner.getByRole('status').filter({ hasText: 'Reminders are off.' })).toBeVisible();
});
