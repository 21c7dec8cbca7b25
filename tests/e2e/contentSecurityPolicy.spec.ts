import { expect, test } from '@playwright/test';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { completeFirstJourneyModule, walkSkippingWholeAssessment } from '../helpers/learner';
import { watchPolicy } from '../helpers/watchPolicy';

// A learner's whole loop under the pages' policy (each page type alone: pageTypes.spec). The
// service worker runs under the pages' policy too.
test.use({ serviceWorkers: 'allow' });

test('a learner assesses, plans, completes a module, searches, works offline and syncs with no policy violation', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const violations = await watchPolicy(page);

  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });

  // The walk itself, not its recorded end (skipWholeAssessment): every step runs under the policy.
  await walkSkippingWholeAssessment(page);
  await completeFirstJourneyModule(page);

  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search modules' }).pressSequentially('buying cen');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
    'Mapping the buying centre',
  );
  await page.goto('/search/?q=value%20hypothesis');
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible();

  const agent = {
    objectType: 'Agent',
    account: { homePage: 'https://coe.example', name: `csp-${test.info().workerIndex}-${Date.now()}` },
  };
  const issued = await request.post('/api/enrolments', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { agent },
  });
  await page.goto('/sync/');
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(((await issued.json()) as { code: string }).code);
  await page.getByRole('button', { name: 'Connect' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();

  await page.goto('/coverage/workforce/');
  await page.getByLabel('User name').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in: the figures (or, on a small database, the notice that they are hidden) are shown.
  await expect(
    page.getByRole('status').filter({ hasText: /^Showing \d+ learners\.$|figures are hidden/ }),
  ).toBeVisible();

  expect(violations).toEqual([]);
});
