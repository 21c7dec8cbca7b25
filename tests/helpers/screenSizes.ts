import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';

/** The phone every flow runs on, and the desktop its screens are also looked at. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** Nothing scrolls sideways (on the whole page, or within `part` when given), and axe finds nothing, at the page's size now. */
export async function expectFitsAndAccessible(page: Page, part?: Locator) {
  if (part) {
    const box = (await part.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(await part.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  } else {
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  }
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The screen a flow has reached, looked at on a desktop and on a phone: it fits and passes axe at
 * each size, and a screenshot of each goes to `test-results/<name>-<desktop|phone>.png`. Flows run
 * once, on a phone (what they do does not depend on the size); the screens they reach are checked
 * at both. The page is left at the phone's size.
 */
export async function expectFitsAtBothSizes(page: Page, name: string, part?: Locator) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `test-results/${name}-${size}.png` });
    await expectFitsAndAccessible(page, part);
  }
}
