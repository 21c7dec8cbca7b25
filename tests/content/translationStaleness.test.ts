import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckContent } from '../../scripts/runCheckContent';
import { runTranslationStamp } from '../../scripts/runTranslationStamp';
import { PROJECT, runCli } from '../helpers/runCli';

const SOURCE = 'content/modules/think-global-act-local.mdx';
const TRANSLATION = 'content/translations/fr/modules/think-global-act-local.mdx';
const PARAGRAPH = 'Recording matters. An adaptation that works in one country';

describe('a French translation of a default module, when its source changes', () => {
  let root: string;
  let original: string;
  const check = (...flags: string[]) => runCli(runCheckContent, [root, ...flags]);
  const edit = (from: string, to: string) => writeFileSync(join(root, SOURCE), original.replace(from, to));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cohesion-translation-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    original = readFileSync(join(root, SOURCE), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is current on the default curriculum', async () => {
    const result = await check('--strict');
    expect(result.out).not.toContain('Stale');
    expect(result.status).toBe(0);
  });

  it('is reported stale, naming both files and only the heading whose paragraph changed', async () => {
    edit(PARAGRAPH, 'Recording matters more than anything. An adaptation that works in one country');
    const result = await check();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${TRANSLATION}:`);
    expect(result.stdout).toContain(`Stale translation: ${SOURCE} changed since ${TRANSLATION}`);
    expect(result.stdout).toContain('"Who may decide an adaptation"');
    expect(result.stdout).not.toContain('"Two ways to get it wrong"');
    expect(result.stdout).toContain('npm run translation:stamp -- fr think-global-act-local');
  });

  it('fails the check with --strict', async () => {
    const result = await check('--strict');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Stale translation');
  });

  it('is current again once the source is restored', async () => {
    writeFileSync(join(root, SOURCE), original);
    const result = await check('--strict');
    expect(result.out).not.toContain('Stale');
    expect(result.status).toBe(0);
  });

  it('is current again once the translator stamps it after updating it', async () => {
    edit(PARAGRAPH, 'Recording matters more than anything. An adaptation that works in one country');
    const stamp = await runCli(runTranslationStamp, ['fr', 'think-global-act-local', '--root', root]);
    expect(stamp.status, stamp.out).toBe(0);
    expect(stamp.stdout).toContain(`Stamped ${TRANSLATION}`);
    expect((await check('--strict')).status).toBe(0);
    writeFileSync(join(root, SOURCE), original);
    expect((await check()).stdout).toContain('Stale translation');
    await runCli(runTranslationStamp, ['fr', 'think-global-act-local', '--root', root]);
  });
});

describe('a local note that adapts a section of a default module', () => {
  let root: string;
  let original: string;
  const check = (...flags: string[]) => runCli(runCheckContent, [root, ...flags]);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cohesion-local-note-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    original = readFileSync(join(root, SOURCE), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is flagged when the section it adapts changes, and cleared when it is restored', async () => {
    writeFileSync(
      join(root, SOURCE),
      original.replace('**adapt the route, never the destination.**', '**adapt the route, keep the destination.**'),
    );
    const stale = await check();
    expect(stale.stdout).toMatch(
      /think-global-act-local\.mdx:\d+ \(<LocalNote hash>\)\n {2}TODO: Stale local note: the note for "single-payer" adapts "Fixed everywhere, adapted locally"/,
    );
    expect((await check('--strict')).status).toBe(1);

    writeFileSync(join(root, SOURCE), original);
    expect((await check('--strict')).out).not.toContain('Stale');
  });

  it('is not flagged when only the note itself is edited', async () => {
    writeFileSync(
      join(root, SOURCE),
      original.replace('adaptation is mostly about level and timing', 'adaptation is about level and timing'),
    );
    const result = await check();
    expect(result.stdout).not.toContain('Stale local note');
  });
});

describe('the French self-assessment items of a default competency', () => {
  const BANK = 'content/assessment/customer-centricity.yaml';
  const ITEMS = 'content/translations/fr/assessment/customer-centricity.yaml';
  const OPTION = 'I take the order with the discount; hitting target';
  let root: string;
  let source: string;
  let translation: string;
  const check = (...flags: string[]) => runCli(runCheckContent, [root, ...flags]);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cohesion-assessment-translation-'));
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    source = readFileSync(join(root, BANK), 'utf8');
    translation = readFileSync(join(root, ITEMS), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('are reported stale when one option of the source changes, naming both files and that item only', async () => {
    writeFileSync(join(root, BANK), source.replace(OPTION, 'I accept the order with the discount; hitting target'));
    const result = await check();
    expect(result.stdout).toContain(`${ITEMS}:`);
    expect(result.stdout).toContain(
      `Stale translation: ${BANK} changed since ${ITEMS} was made from it, in the self-assessment item "customer-centricity-quarter-end-order".`,
    );
    expect(result.stdout).toContain('npm run translation:stamp -- fr customer-centricity');
    expect((await check('--strict')).status).toBe(1);
  });

  it('are current again once the source is restored', async () => {
    writeFileSync(join(root, BANK), source);
    const result = await check('--strict');
    expect(result.out).not.toContain('Stale');
    expect(result.status).toBe(0);
  });

  it('must name items of the source, with as many options as it gives', async () => {
    writeFileSync(
      join(root, ITEMS),
      translation
        .replace('customer-centricity-first-meeting:', 'customer-centricity-first-meting:')
        .replace(/(customer-centricity-measure-success:\n(?:.*\n){2})\s*- ".*"\n/, '$1'),
    );
    const result = await check();
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      `No self-assessment item "customer-centricity-first-meting" in ${BANK}. Did you mean "customer-centricity-first-meeting"?`,
    );
    expect(result.out).toMatch(
      /\(items\.customer-centricity-measure-success\.options\)\n\s+4 options for the source's 5\./,
    );
    writeFileSync(join(root, ITEMS), translation);
  });
});
