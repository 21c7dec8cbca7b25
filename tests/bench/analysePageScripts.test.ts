import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analysePageScripts } from './analysePageScripts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A built site with the given files under `_astro/`. */
function siteWith(files: Record<string, string>) {
  site = mkdtempSync(join(tmpdir(), 'cohesion-bench-test-'));
  mkdirSync(join(site, '_astro'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(site, '_astro', name), body);
  return site;
}

const island = (component: string, client: string, name: string) =>
  `<astro-island component-url="/_astro/${component}" renderer-url="/_astro/renderer.js" client="${client}" opts="{&quot;name&quot;:&quot;${name}&quot;,&quot;value&quot;:true}"></astro-island>`;

describe('analysePageScripts', () => {
  it('counts a module script and its static imports as up front, its dynamic imports as later', async () => {
    const dir = siteWith({
      'page.js': 'import { b } from "./shared.js"; b(); document.onclick = () => import("./later.js");',
      'shared.js': 'export const b = () => console.log("shared");',
      'later.js': 'console.log("only after a click");',
    });

    const scripts = await analysePageScripts(dir, '<script type="module" src="/_astro/page.js"></script>');

    expect(scripts.upFront.files).toBe(2);
    expect(scripts.later.files).toBe(1);
    expect(scripts.upFront.gzip).toBeGreaterThan(0);
  });

  it('follows dynamic imports written in an inline module script as later', async () => {
    const dir = siteWith({ 'search.js': 'export const bind = () => 1;' });

    const scripts = await analysePageScripts(
      dir,
      '<script type="module">addEventListener("focus", () => import("/_astro/search.js"))</script>',
    );

    expect(scripts.upFront.files).toBe(0);
    expect(scripts.later.files).toBe(1);
  });

  it('puts islands that hydrate at once up front and visible ones later, with the cost of each', async () => {
    const dir = siteWith({
      'renderer.js': 'export default () => "react";',
      'Journey.js': 'import "./big.js"; export default 1;',
      'big.js': `export const data = ${JSON.stringify('x'.repeat(5000))};`,
      'Chart.js': 'export default 2;',
    });

    const scripts = await analysePageScripts(
      dir,
      island('Journey.js', 'load', 'Journey') + island('Chart.js', 'visible', 'Chart'),
    );

    expect(scripts.upFront.files).toBe(3); // Journey, big, renderer
    expect(scripts.later.files).toBe(1); // Chart
    const [journey, chart] = scripts.islands;
    expect(journey).toMatchObject({ component: 'Journey', client: 'load', files: 3 });
    expect(chart).toMatchObject({ component: 'Chart', client: 'visible', files: 2 });
    expect(journey!.gzip).toBeGreaterThan(chart!.gzip);
  });

  it('puts an island hydrated at the first interaction (client:interaction) later, and its page script up front', async () => {
    const dir = siteWith({
      'renderer.js': 'export default () => "react";',
      'JourneyView.js': 'export default 1;',
      'firstView.js': 'document.body.append("your journey");',
    });

    const scripts = await analysePageScripts(
      dir,
      `<script type="module" src="/_astro/firstView.js"></script>${island('JourneyView.js', 'interaction', 'JourneyView')}`,
    );

    expect(scripts.upFront.files).toBe(1); // firstView
    expect(scripts.later.files).toBe(2); // JourneyView, renderer
    expect(scripts.islands[0]).toMatchObject({ component: 'JourneyView', client: 'interaction' });
  });

  it('refuses an island whose directive it cannot place before or after interaction', async () => {
    const dir = siteWith({ 'renderer.js': 'export default 0;', 'Chart.js': 'export default 2;' });

    await expect(analysePageScripts(dir, island('Chart.js', 'hover', 'Chart'))).rejects.toThrow(/client:hover/);
  });
});
