import { expect, test } from '@playwright/test';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';
import { watchPolicy } from '../helpers/watchPolicy';

test.use({ viewport: PHONE });

test('a learner states and changes their own job function on the sync page, in the page’s language', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const violations = await watchPolicy(page);
  // A lead invited them as medical: their invitation names the function until they state their own.
  const made = await request.post('/api/invitations', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { invitees: [{ invitee: `fn-${test.info().workerIndex}-${Date.now()}`, jobFunction: 'Medical' }] },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { code } = ((await made.json()) as { invitations: Array<{ code: string }> }).invitations[0]!;

  await page.goto(`/sync/#invite=${encodeURIComponent(code)}`);
  await expect(page.getByRole('status').filter({ hasText: 'Up to date.' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Your job function' });
  const choice = section.getByRole('combobox', { name: 'Job function' });
  await expect(choice).toHaveValue('medical');
  await expect(choice).toHaveAccessibleDescription(/^From your invitation\./);
  await expectFitsAtBothSizes(page, 'sync-function');
  await section.screenshot({ path: test.info().outputPath('job-function-phone.png') });

  await choice.selectOption({ label: 'Market access' });
  await section.getByRole('button', { name: 'Save my function' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved: Market access.');
  await expect(choice).not.toHaveAccessibleDescription(/invitation/);

  // Kept by the server for this learner: read back after a reload, and on the French page in French.
  await page.reload();
  await expect(choice).toHaveValue('market-access');
  await page.goto('/fr/sync/');
  const french = page.getByRole('region', { name: 'Votre fonction' }).getByRole('combobox', { name: 'Fonction' });
  await expect(french).toHaveValue('market-access');
  await expect(french.locator('option:checked')).toHaveText('Accès au marché');
  await expectFitsAtBothSizes(page, 'sync-function-fr');
  await page
    .getByRole('region', { name: 'Votre fonction' })
    .screenshot({ path: test.info().outputPath('job-function-fr-phone.png') });

  // Withdrawn, the invitation's function is back.
  await french.selectOption('');
  await page.getByRole('button', { name: 'Enregistrer ma fonction' }).click();
  await expect(page.getByText('Votre propre déclaration est retirée.')).toBeVisible();
  await expect(french).toHaveValue('medical');
  expect(violations).toEqual([]);
});
