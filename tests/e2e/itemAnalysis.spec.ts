import { expect, test } from '@playwright/test';
import type { ItemBank } from '../../src/lib/itemAnalysis/itemBankSchema';
import { type LearningStatement, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';

const admin = { Authorization: basic(E2E_ADMIN), 'X-Experience-API-Version': '2.0.0' };
/** A module and check no other suite answers, so the figures below are exact on the shared server. */
const MODULE = 'think-global-act-local';
const CHECK = 'local-drift';

/**
 * 32 learners answer the check once: 12 choose option `right` (8 of them then complete the module),
 * 20 the wrong option `wrong`. Fixed names, ids and times: a retry posts the same statements again, unchanged.
 */
function seed(right: number, wrong: number, title: string): LearningStatement[] {
  return Array.from({ length: 32 }, (_, i) => {
    const stamp = testStamp({ name: `items-e2e-${i}`, prefix: `1e2e${String(i).padStart(4, '0')}` });
    return [
      statements.answeredCheck(stamp, MODULE, CHECK, i < 12, [i < 12 ? right : wrong]),
      ...(i < 8 ? [statements.completedModule(stamp, MODULE, title)] : []),
    ];
  }).flat();
}

test('a lead signed in sees a seeded flagged question on the content-health page, with the module file to fix', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const bank = (await (await request.get('/coverage/item-bank.json')).json()) as ItemBank;
  const module = bank.modules.find((m) => m.id === MODULE)!;
  const check = module.checks.find((c) => c.id === CHECK)!;
  // Seeded answers pick the check's first right option and its first wrong one.
  const rightIndex = check.options.findIndex((o) => o.correct);
  const wrongIndex = check.options.findIndex((o) => !o.correct);
  const posted = await request.post('/xapi/statements', {
    headers: admin,
    data: seed(rightIndex, wrongIndex, module.title),
  });
  expect(posted.status(), await posted.text()).toBe(200);

  await page.goto('/coverage/health/');
  const section = page.getByRole('region', { name: 'Knowledge checks: item analysis' });
  await expect(section.getByRole('status')).toHaveText(
    'Item analysis is shown to COE leads and admins signed in to this server. Sign in on the account page, then come back here.',
  );
  expect(await axeViolations(page)).toEqual([]);

  await section.getByRole('link', { name: 'Sign in on the account page, then come back here.' }).click();
  await page.getByLabel('User name').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto('/coverage/health/');

  await expect(section.getByRole('status')).toHaveText(
    /^Knowledge checks analysed \(at least 30 answers\): 1 of \d+\. Flagged: 1\.$/,
  );
  const flagged = section.getByRole('listitem').filter({ hasText: check.question });
  await expect(flagged).toHaveCount(1);
  await expect(flagged.getByText(`content/modules/${MODULE}.mdx`, { exact: true })).toBeVisible();
  await expect(flagged).toContainText('32 learners answered, 38% right at the first attempt · discrimination 0.75');
  await expect(flagged).toContainText(
    `Wrong option ${wrongIndex + 1} is chosen more often than the right answer. Check the answer key, and what the module says on this point.`,
  );
  await expect(flagged.getByRole('listitem').filter({ hasText: '(wrong): 63%' })).toHaveCount(1);
  await expect(flagged.getByRole('link', { name: 'open the module' })).toHaveAttribute('href', `/modules/${MODULE}/`);
  expect(await axeViolations(page)).toEqual([]);

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await section.screenshot({ path: test.info().outputPath(`item-analysis-${width}.png`) });
  }
});
