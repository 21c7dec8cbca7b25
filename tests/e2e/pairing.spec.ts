import { expect, type Page, test } from '@playwright/test';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { readEventLog } from '../helpers/eventLog';
import { answerChecksCorrectly } from '../helpers/learner';
import { expectFitsAtBothSizes } from '../helpers/screenSizes';

/** The modules this browser's log says are completed. */
const completedHere = async (page: Page) =>
  [
    ...new Set(
      (await readEventLog(page))
        .filter((s) => s.verb.id.endsWith('/completed'))
        .map((s) => s.object.id.replace('urn:cohesion:module:', '')),
    ),
  ].sort();

/** Completes a module by answering its checks. */
async function completeModule(page: Page, id: string) {
  await page.goto(`/modules/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await answerChecksCorrectly(page);
  await expect.poll(() => completedHere(page)).toContain(id);
}

const syncNow = async (page: Page) => {
  await page.goto('/sync/');
  await page.getByRole('button', { name: 'Sync now' }).click();
};
const upToDate = (page: Page) => page.getByRole('status').filter({ hasText: 'Up to date.' });

test('a learner enrolled from an invitation adds a second device by short code; both sync to the union; a removed device is refused', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const invited = await request.post('/api/invitations', {
    headers: { Authorization: basic(E2E_ADMIN) },
    data: { invitees: [{ invitee: `Ana ${Date.now()}` }] },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const [{ code: inviteCode }] = (await invited.json()).invitations;

  // Ana's phone is enrolled from her invitation.
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await phone.goto(`/sync/#invite=${inviteCode}`);
  await expect(upToDate(phone)).toBeVisible({ timeout: 15_000 });

  // "Add a device" shows a short code and a QR code.
  const devices = phone.getByRole('region', { name: 'Your devices' });
  await devices.getByRole('button', { name: 'Add a device' }).click();
  const shown = devices.getByText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(shown).toBeVisible();
  await expect(devices.getByRole('img', { name: 'QR code of the link that connects the new device' })).toBeVisible();
  await expectFitsAtBothSizes(phone, 'pairing-code');
  await devices.screenshot({ path: 'test-results/pairing-code-devices-phone.png' });
  const code = (await shown.textContent())!;

  // The laptop enters the code and waits; the phone asks whether to allow it.
  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  await laptop.goto('/sync/');
  await laptop.getByRole('textbox', { name: 'Enrolment code' }).fill(code.toLowerCase());
  await laptop.getByRole('button', { name: 'Connect' }).first().click();
  await expect(laptop.getByRole('status').filter({ hasText: 'Code accepted' })).toBeVisible();
  const question = devices.getByRole('group', { name: /^Allow .+\?$/ });
  await expect(question).toBeVisible({ timeout: 10_000 });
  await expectFitsAtBothSizes(phone, 'pairing-allow');
  await devices.screenshot({ path: 'test-results/pairing-allow-devices-phone.png' });
  await question.getByRole('button', { name: 'Allow', exact: true }).click();
  await expect(devices.getByRole('status')).toContainText('is connected');
  await expect(devices.getByRole('listitem')).toHaveCount(2);
  await expect(upToDate(laptop)).toBeVisible({ timeout: 15_000 });
  expect(laptop.url()).not.toContain(code);

  // Each records a different module; both sync (the phone twice, to receive what the laptop sent).
  await completeModule(phone, 'mapping-the-buying-centre');
  await completeModule(laptop, 'healthcare-archetypes');
  for (const page of [phone, laptop, phone]) {
    await syncNow(page);
    await expect(upToDate(page)).toBeVisible({ timeout: 15_000 });
  }
  const union = ['healthcare-archetypes', 'mapping-the-buying-centre'];
  await expect.poll(() => completedHere(phone)).toEqual(union);
  await expect.poll(() => completedHere(laptop)).toEqual(union);

  // The learner removes the laptop on the phone: the laptop's next sync is refused, in plain words.
  await phone.goto('/sync/');
  await devices.getByRole('button', { name: /^Remove the device connected/ }).click();
  await expect(devices.getByRole('status')).toHaveText('The device is removed: it no longer syncs.');
  await syncNow(laptop);
  await expect(laptop.getByRole('alert')).toContainText('The server no longer accepts this device’s credentials');
  await phoneContext.close();
  await laptopContext.close();
});
