import { expect, type Page, test } from '@playwright/test';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { completeFirstJourneyModule, skipWholeAssessment } from '../helpers/learner';
import { PAGE_TYPES } from '../helpers/pageTypes';

// The service worker runs under the pages' policy too.
test.use({ serviceWorkers: 'allow' });

const COVERAGE_PAGES = [
  ['coverage', '/coverage/'],
  ['coverage health', '/coverage/health/'],
  ['workforce', '/coverage/workforce/'],
] as const;

/**
 * Collects every Content-Security-Policy violation the page reports, from before its first script:
 * the `securitypolicyviolation` events and Chromium's console messages about refused content (and
 * about a Permissions-Policy it cannot read).
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

for (const [name, url] of [...PAGE_TYPES, ...COVERAGE_PAGES]) {
  test(`the ${name} page loads under its Content-Security-Policy with no violation`, async ({ page }) => {
    const violations = await watchPolicy(page);
    const response = await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response!.headers()['permissions-policy']).toContain('camera=()');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(policy).toContain("default-src 'self'");
    expect(violations).toEqual([]);
  });
}

test('a learner assesses, plans, completes a module, searches, works offline and syncs with no policy violation', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const violations = await watchPolicy(page);

  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });

  await skipWholeAssessment(page);
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
