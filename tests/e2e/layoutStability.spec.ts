import { expect, test } from '@playwright/test';

// Nothing on the pages Lighthouse's budget names moves once drawn, as their scripts run (issue 21:
// Cumulative Layout Shift is part of the performance score). Lighthouse's phone viewport.
test.use({ viewport: { width: 412, height: 823 } });

for (const path of ['/coverage/', '/assessment/']) {
  test(`${path} does not shift as its scripts run`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          sources: { node?: Node }[];
        }[])
          w.shifts.push({
            value: entry.value,
            nodes: entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?'),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Layout shifts are reported with the frame that paints them: two frames on, every shift so far is in.
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );

    expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
  });
}
