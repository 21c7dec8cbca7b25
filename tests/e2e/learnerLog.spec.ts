import { expect, test } from '@playwright/test';
import { chooseOption, keyOf } from '../helpers/answerKey';
import { countEvents } from '../helpers/eventLog';
import { startReading } from '../helpers/learner';

test('a burst of 200 answers, closed the moment the last is stored, is all there on reopening', async ({
  page,
  context,
}) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => countEvents(page, 'experienced')).toBe(0); // nothing loads until the learner reads
  await startReading(page);
  await expect.poll(() => countEvents(page, 'experienced')).toBe(1);

  // 200 knowledge-check answers in one synchronous burst, through the same event the checks dispatch.
  await page.evaluate(() => {
    const form = document.querySelector('form[data-kc]')!;
    for (let i = 0; i < 200; i++) {
      form.dispatchEvent(
        new CustomEvent('cohesion:check-answered', {
          bubbles: true,
          detail: {
            moduleId: 'mapping-the-buying-centre',
            checkId: form.getAttribute('data-check'),
            passed: i % 2 === 0,
            chosen: [i % 3],
          },
        }),
      );
    }
  });
  await expect.poll(() => countEvents(page, 'answered'), { intervals: [10] }).toBe(200);
  await page.close();

  const again = await context.newPage();
  await again.goto('/data/');
  await expect.poll(() => countEvents(again, 'answered')).toBe(200);
  await expect(again.getByRole('row', { name: /Learning events/ })).toContainText(/\d{3}/);
});

test('exported data imports into another browser once, and a foreign file is refused', async ({ page, browser }) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  const form = page.locator('form[data-kc]').first();
  const { correct } = await keyOf(page, form);
  for (const i of correct) await chooseOption(form, i);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => countEvents(page, 'answered')).toBe(1);

  await page.goto('/data/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const file = await (await download).path();

  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto('/data/');
  await expect(phone.getByRole('row', { name: /Learning events/ })).toContainText('0');
  await phone
    .getByLabel('Learner data file to import')
    .setInputFiles({ name: 'not-ours.json', mimeType: 'application/json', buffer: Buffer.from('[{"id":"x"}]') });
  await expect(phone.getByRole('alert')).toContainText('not a Cohesion learner-data export');
  await phone.getByLabel('Learner data file to import').setInputFiles(file);
  await expect(phone.getByRole('status').filter({ hasText: /^Imported/ })).toContainText('2 new learning events');
  await phone.getByLabel('Learner data file to import').setInputFiles(file);
  await expect(phone.getByRole('status').filter({ hasText: /^Imported/ })).toContainText('0 new learning events');
  await expect(phone.getByRole('row', { name: /Learning events/ })).toContainText('2');

  await phone.goto('/modules/');
  await expect(phone.locator('[data-progress-module="mapping-the-buying-centre"] [data-status]')).toHaveText(
    'In progress',
  );
  await other.close();
});
