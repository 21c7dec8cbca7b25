import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe-core violations on the page, or inside the element `include` selects, one line per rule
 * naming the nodes ("rule: target, target"), so a failing expectation says what to fix.
 *
 * axe-core runs in the page itself, injected once per document. The `@axe-core/playwright` wrapper
 * does the same work frame by frame and then finishes the run in a new blank page, which took 2.3×
 * as long on our module pages (measured on the same pages, alternating); the site has no frames for
 * it to reach, so nothing is lost.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const { axe } = window as unknown as { axe: { run(context: ElementContext): Promise<AxeResults> } };
    const { violations } = await axe.run(selector ? { include: [selector] } : document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
}
