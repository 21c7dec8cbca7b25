import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../helpers/pageTypes';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';
import { watchPolicy } from '../helpers/watchPolicy';

// One page of each type the site has, opened on a phone: it loads under its own
// Content-Security-Policy with no violation, and on a phone and on a desktop it scrolls nothing
// sideways and passes axe.

const LEAD_PAGES = [
  ['coverage', '/coverage/'],
  ['coverage by path', '/coverage/paths/'],
  // Every competency's and path's coverage page is one template over different data: one of each stands for all.
  ['coverage of a competency', '/coverage/competencies/stakeholder-mapping/'],
  ['coverage of a path', '/coverage/paths/foundations-of-the-engagement-model/'],
  ['coverage by region', '/coverage/regions/'],
  ['coverage health', '/coverage/health/'],
  ['workforce', '/coverage/workforce/'],
  ['evidence', '/coverage/evidence/'],
] as const;

test.use({ viewport: PHONE });

for (const [name, url] of [...PAGE_TYPES, ...LEAD_PAGES]) {
  test(`the ${name} page keeps its policy, fits a phone and a desktop, and passes axe`, async ({ page }) => {
    // axe over the coverage heatmap takes a while on a busy 2-core machine.
    test.setTimeout(90_000);
    const violations = await watchPolicy(page);
    const response = await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response!.headers()['permissions-policy']).toContain('camera=()');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(policy).toContain("default-src 'self'");
    await expectFitsAtBothSizes(page, `page-${name.replaceAll(' ', '-')}`);
    expect(violations).toEqual([]);
  });
}
