import { expect, test } from '@playwright/test';
import { chooseOption, keyOf } from '../helpers/answerKey';
import { countEvents } from '../helpers/eventLog';
import { aimAt, openFirstJourneyModule, skipWholeAssessment } from '../helpers/learner';

// A learner may leave a page the instant after acting on it (a reload, a link, the back button).
// What they did is theirs: it must be there when the next page opens, however fast they left.

test('a re-plan survives reloading the journey page at once', async ({ page }) => {
  await skipWholeAssessment(page);
  await page.goto('/journey/');
  await aimAt(page, 'Stakeholder and buying-centre mapping', 1);
  await page.reload();
  await expect(page.getByText('Your journey aims at Stakeholder and buying-centre mapping at level 1.')).toBeVisible();
});

test('an answer survives leaving the module at once', async ({ page }) => {
  await skipWholeAssessment(page);
  await page.goto('/journey/');
  await openFirstJourneyModule(page);
  const before = await countEvents(page, 'answered');
  const form = page.locator('form[data-kc]').first();
  for (const i of (await keyOf(page, form)).correct) await chooseOption(form, i);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await page.goto('/journey/');
  await expect.poll(() => countEvents(page, 'answered')).toBe(before + 1);
});

test.describe('on a slow connection', () => {
  // Without a service worker the answer key is fetched only when the learner checks an answer;
  // held back here, it has not arrived when the learner leaves.
  test.use({ serviceWorkers: 'block' });

  test('an answer checked just before leaving is graded and recorded on the next page', async ({ page }) => {
    await skipWholeAssessment(page);
    await page.goto('/journey/');
    await openFirstJourneyModule(page);
    const form = page.locator('form[data-kc]').first();
    const { correct } = await keyOf(page, form);
    const before = await countEvents(page, 'answered');
    // The module page's request for the key never gets an answer; later ones do.
    let heldBack = false;
    await page.route('**/checks.json', async (route) => {
      if (heldBack) await route.continue();
      heldBack = true;
    });
    for (const i of correct) await chooseOption(form, i);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await page.goto('/journey/');
    await expect.poll(() => countEvents(page, 'answered'), { timeout: 10_000 }).toBe(before + 1);
  });
});
