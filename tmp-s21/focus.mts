import { chromium } from '@playwright/test';
import { serveStatic } from '/work/wt-search21/tests/bench/serveStatic';
const { url, server } = await serveStatic('/work/wt-search21/dist-search21');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}/modules/mapping-the-buying-centre/`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const box = page.getByRole('combobox', { name: 'Search modules' });
  await box.focus();
  await box.pressSequentially('value hypothesis', { delay: 30 });
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await page.waitForTimeout(2000);
  console.log(viewport.width, fetched);
  await page.screenshot({ path: `/tmp/s21/focus-${viewport.width}.png` });
  await context.close();
}
await browser.close();
server.close();
