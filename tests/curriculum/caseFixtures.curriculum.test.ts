import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaseExport } from '../../scripts/runCaseExport';
import { runCaseImport } from '../../scripts/runCaseImport';
import { checkContent } from '../../src/authoring/checkContent';
import { caseImportFiles } from '../../src/lib/case/caseImportFiles';
import type { CasePackage } from '../../src/lib/case/casePackageSchema';
import { caseJson, exportCase } from '../../src/lib/case/exportCase';
import { type ImportedCompetency, importCase } from '../../src/lib/case/importCase';
import { contentErrors, formatIssues } from '../../src/lib/curriculum/contentIssue';
import type { Framework } from '../../src/lib/curriculum/frameworkSchema';
import { PROJECT as project, runCli } from '../helpers/runCli';

const fixtures = join(project, 'tests', 'fixtures', 'case');
const FIXTURES = [
  'smarter-balanced-item-types.json',
  'smarter-balanced-dok.json',
  'opensalt-what-standards-could-be.json',
  'smarter-balanced-hs-math-claim1.json',
  'act-holistic-math.json',
];
// Written by the project (SOURCES.md says how): no real, public package carrying CFRubrics was found.
const RUBRIC_FIXTURE = 'constructed-dok-rubrics.json';
const { curriculum } = checkContent(project);
const scratch = mkdtempSync(join(tmpdir(), 'cohesion-case-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The schema carries a misplaced property (CFPackageURI beside additionalProperties); strict mode would refuse it.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) });
const validCase = ajv.compile(JSON.parse(readFileSync(join(fixtures, 'case-v1p0-cfpackage-schema.json'), 'utf8')));

// 1EdTech's own CFPackage schema is the CASE 1.1 one; a 1.0 package differs from it only by the links
// 1.1 dropped from the package (CFDocument.CFPackageURI, CFDocumentURI on items and associations).
const ajv11 = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv11);
const validCase11 = ajv11.compile(
  JSON.parse(readFileSync(join(fixtures, 'case-v1p1-cfpackage-jsonschema1.json'), 'utf8')),
);
/** What 1EdTech's CASE 1.1 schema finds wrong with a 1.0 package once the links 1.1 dropped are taken out. */
function case11Errors(pkg: unknown): string[] {
  const { CFDocument, CFItems, CFAssociations, ...rest } = JSON.parse(JSON.stringify(pkg));
  const { CFPackageURI: _p, ...document } = CFDocument;
  const unlinked = (list?: Array<{ CFDocumentURI?: unknown }>) => list?.map(({ CFDocumentURI: _d, ...o }) => o);
  const as11 = { CFDocument: document, CFItems: unlinked(CFItems), CFAssociations: unlinked(CFAssociations), ...rest };
  if (validCase11(as11)) return [];
  // By field, so a null description (must be string) and an absent one (required) count as the same fault.
  const field = (e: ErrorObject) =>
    `${e.instancePath}${e.keyword === 'required' ? `/${e.params.missingProperty}` : ''}`.replace(/\/\d+/g, '/*');
  return [...new Set(validCase11.errors!.map(field))].sort();
}

/** A content folder holding only the scale and regions, to import into. */
function emptyContent(name: string): { root: string; content: string } {
  const root = join(scratch, name);
  const content = join(root, 'content');
  mkdirSync(join(content, 'competencies'), { recursive: true });
  for (const file of ['scale.yaml', 'regions.yaml']) cpSync(join(project, 'content', file), join(content, file));
  return { root, content };
}

/** The package an import exports again. */
const exportOf = (result: { framework: Framework; competencies: ImportedCompetency[] }) =>
  exportCase({
    framework: { ...result.framework, file: 'framework.yaml' },
    competencies: result.competencies,
    scale: curriculum.scale,
  });

const key = (identifier: string) => identifier.toLowerCase();
const edges = (pkg: CasePackage, type: (t: string) => boolean) =>
  (pkg.CFAssociations ?? [])
    .filter((a) => type(a.associationType))
    .map((a) => `${key(a.originNodeURI.identifier)} ${a.associationType} ${key(a.destinationNodeURI.identifier)}`)
    .sort();
const itemsBy = (pkg: CasePackage) =>
  Object.fromEntries(
    (pkg.CFItems ?? []).map((i) => [
      key(i.identifier),
      { uri: i.uri, code: i.humanCodingScheme, type: i.CFItemType, statement: i.fullStatement },
    ]),
  );

describe.each([...FIXTURES, RUBRIC_FIXTURE])('the CASE package %s', (file) => {
  const original = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as CasePackage;
  const imported = importCase(original, curriculum.scale);

  it('imports, and the content check finds only TODO warnings', () => {
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues, null, 2));
    const { root, content } = emptyContent(file);
    for (const f of caseImportFiles(imported)) writeFileSync(join(content, f.path), f.text);
    const { issues, curriculum: read } = checkContent(root);
    expect(contentErrors(issues), formatIssues(issues)).toEqual([]);
    const todo =
      /^(No behavioural descriptor for level \d+\.|The (framework's )?description is shorter than \d+ characters\.)$/;
    expect(issues.filter((i) => !todo.test(i.message))).toEqual([]);
    expect(read.competencies).toHaveLength(imported.competencies.length);
  });

  it('exports valid CASE 1.0 that keeps identifiers, hierarchy, coding schemes, item types, URIs and associations', () => {
    if (!imported.ok) throw new Error('not imported');
    const exported = exportOf(imported);
    const json = JSON.parse(caseJson(exported)) as unknown;
    expect(validCase(json), ajv.errorsText(validCase.errors)).toBe(true);

    expect(key(exported.CFDocument.identifier)).toBe(key(original.CFDocument.identifier));
    expect(exported.CFDocument.uri).toBe(original.CFDocument.uri);
    expect(itemsBy(exported)).toEqual(itemsBy(original));
    expect(edges(exported, (t) => t === 'isChildOf')).toEqual(edges(original, (t) => t === 'isChildOf'));
    expect(edges(exported, (t) => t !== 'isChildOf')).toEqual(edges(original, (t) => t !== 'isChildOf'));
    const associationIds = (pkg: CasePackage) =>
      (pkg.CFAssociations ?? []).map((a) => `${key(a.identifier)} ${a.uri}`).sort();
    expect(associationIds(exported)).toEqual(associationIds(original));
    for (const rubric of original.CFRubrics ?? []) expect(exported.CFRubrics).toContainEqual(rubric);
  });

  it("adds nothing 1EdTech's CASE 1.1 schema finds wrong that the original did not have", () => {
    if (!imported.ok) throw new Error('not imported');
    const before = new Set(case11Errors(original));
    expect(case11Errors(JSON.parse(caseJson(exportOf(imported)))).filter((e) => !before.has(e))).toEqual([]);
  });

  it('export → import → export is byte-identical', () => {
    if (!imported.ok) throw new Error('not imported');
    const first = caseJson(exportOf(imported));
    const again = importCase(JSON.parse(first), curriculum.scale);
    if (!again.ok) throw new Error(JSON.stringify(again.issues, null, 2));
    expect(caseJson(exportOf(again))).toBe(first);
  });
});

describe('CASE import of real frameworks', () => {
  const hsMath = JSON.parse(
    readFileSync(join(fixtures, 'smarter-balanced-hs-math-claim1.json'), 'utf8'),
  ) as CasePackage;

  it('maps a four-level framework (4/12/55/15) by default onto areas, competencies and statements, in one line', () => {
    const result = importCase(hsMath, curriculum.scale);
    if (!result.ok) throw new Error('not imported');
    expect(result.framework.areas).toHaveLength(4);
    expect(result.competencies).toHaveLength(12);
    expect(result.issues.filter((i) => i.where === 'mapping')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('12 items at level 2 became competencies'),
      }),
    ]);
    expect(result.issues.find((i) => i.where === 'mapping')!.message).toContain(
      '70 items below them became statements',
    );
  });

  it('takes the competency level or CFItemType the author chooses, via npm run case:import', async () => {
    const { content } = emptyContent('level-3');
    const source = join(fixtures, 'smarter-balanced-hs-math-claim1.json');
    const run = await runCli(runCaseImport, [source, '--competency-level', '3', '--content-dir', content]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('55 items at level 3 became competencies');
    expect(run.stdout).toContain('16 items above them became areas (nested with parent:)');
    const byType = importCase(hsMath, curriculum.scale, { competencies: { itemType: 'Task Model' } });
    if (!byType.ok) throw new Error(JSON.stringify(byType.issues));
    expect(byType.competencies.length).toBeGreaterThan(0);
    expect(byType.competencies.every((c) => c.case?.itemType === 'Task Model')).toBe(true);
    const bad = await runCli(runCaseImport, [source, '--competency-level', 'two', '--content-dir', content]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--competency-level takes a level number');
  });

  it('keeps humanCodingScheme, CFItemType and each item’s own uri instead of rewriting them', () => {
    const result = importCase(hsMath, curriculum.scale);
    if (!result.ok) throw new Error('not imported');
    const competency = result.competencies[0]!;
    const item = hsMath.CFItems!.find((i) => key(i.identifier) === key(competency.caseIdentifier!))!;
    expect(competency.case?.humanCodingScheme ?? competency.id).toBe(item.humanCodingScheme ?? competency.id);
    expect(competency.case?.itemType).toBe(item.CFItemType ?? '');
    expect(competency.case?.uri ?? `${result.framework.case!.uriBase}${item.identifier}`).toBe(item.uri);
  });

  it('reads the CASE 1.1 {"CFPackage": …} wrapper and a missing lastChangeDateTime, with a warning each', () => {
    const dok = JSON.parse(readFileSync(join(fixtures, 'smarter-balanced-dok.json'), 'utf8')) as CasePackage;
    const { lastChangeDateTime: _gone, ...document } = dok.CFDocument;
    const result = importCase({ CFPackage: { ...dok, CFDocument: document } }, curriculum.scale);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('wrapped in {"CFPackage": …}'),
        expect.stringContaining('The document has no lastChangeDateTime'),
      ]),
    );
  });

  it('refuses an empty package with a message, and an unusable one with the JSON path', () => {
    const empty = importCase({ CFDocument: hsMath.CFDocument, CFItems: [], CFAssociations: [] }, curriculum.scale);
    expect(empty).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          severity: 'error',
          message: 'The package has no items: there is no framework to import.',
        }),
      ],
    });
    const broken = importCase({ ...hsMath, CFItems: [{ ...hsMath.CFItems![0]!, identifier: 42 }] }, curriculum.scale);
    expect(broken.ok).toBe(false);
    expect(broken.issues.map((i) => i.where)).toContain('CFItems[0].identifier');
  });

  it('exports the descriptors written for an imported framework as a CFRubric, one criterion per competency, and reads them back', () => {
    const dok = importCase(
      JSON.parse(readFileSync(join(fixtures, 'smarter-balanced-dok.json'), 'utf8')),
      curriculum.scale,
    );
    if (!dok.ok) throw new Error('not imported');
    const described = dok.competencies.map((c) => ({
      ...c,
      levels: Object.fromEntries(curriculum.scale.map((l) => [String(l.level), `At ${l.name}: ${c.name}.`])),
    }));
    const exported = exportOf({ framework: dok.framework, competencies: described });
    const criteria = exported.CFRubrics![0]!.CFRubricCriteria!;
    expect(criteria).toHaveLength(dok.competencies.length);
    expect(criteria.every((c) => c.CFRubricCriterionLevels!.length === curriculum.scale.length)).toBe(true);
    const back = importCase(JSON.parse(caseJson(exported)), curriculum.scale);
    if (!back.ok) throw new Error('not imported');
    expect(back.competencies.map((c) => c.levels)).toEqual(described.map((c) => c.levels));
  });
});

describe('CASE rubrics', () => {
  const original = JSON.parse(readFileSync(join(fixtures, RUBRIC_FIXTURE), 'utf8')) as CasePackage;
  const imported = importCase(original, curriculum.scale);
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues, null, 2));
  const criteria = original.CFRubrics!.flatMap((r) => r.CFRubricCriteria!);
  const competencyOf = (code: string) => imported.competencies.find((c) => c.case?.humanCodingScheme === code)!;
  const criterionOf = (competency: ImportedCompetency) =>
    criteria.find((c) => key(c.CFItemURI?.identifier ?? '') === key(competency.caseIdentifier!))!;

  it('gives each competency the descriptors of the criterion that assesses it (CFItemURI), level by score', () => {
    for (const code of ['M-DOK1', 'M-DOK2', 'M-DOK3', 'M-DOK4', 'W-DOK1']) {
      const competency = competencyOf(code);
      const levels = criterionOf(competency).CFRubricCriterionLevels!.filter((l) => Number.isInteger(l.score));
      expect(competency.levels).toEqual(Object.fromEntries(levels.map((l) => [String(l.score), l.description])));
    }
    expect(competencyOf('R-DOK1').levels).toEqual({});
  });

  it('keeps the rubrics under case.rubrics, with what maps to no competency whole, and lists it', () => {
    const kept = imported.framework.case!.rubrics!;
    expect(kept.map((r) => r.identifier)).toEqual(original.CFRubrics!.map((r) => r.identifier));
    const keptCriteria = kept.flatMap((r) => r.CFRubricCriteria ?? []);
    const unmapped = criteria.filter((c) => c.category === 'Math item set' || c.category === 'Stimulus');
    for (const criterion of unmapped) expect(keptCriteria).toContainEqual(criterion);
    const between = criterionOf(competencyOf('M-DOK3')).CFRubricCriterionLevels!.find((l) => l.score === 2.5)!;
    expect(keptCriteria.flatMap((c) => c.CFRubricCriterionLevels ?? [])).toContainEqual(between);
    const messages = imported.issues.map((i) => i.message);
    expect(messages).toContainEqual(
      '2 rubric criteria assess no competency of this framework ("Math item set", "Stimulus"); they are kept under case.rubrics in framework.yaml and exported unchanged.',
    );
    expect(messages).toContainEqual(
      'The criterion level "Mostly aligned" has score 2.5; only whole scores from 1 to 9 can be levels, so it is kept under case.rubrics and exported unchanged.',
    );
  });

  it('comes back as it came through npm run case:import and case:export, and again byte for byte', async () => {
    const once = join(scratch, 'rubrics-once.json');
    const twice = join(scratch, 'rubrics-twice.json');
    for (const [name, from, to] of [
      ['rubrics-1', join(fixtures, RUBRIC_FIXTURE), once],
      ['rubrics-2', once, twice],
    ] as const) {
      const { content } = emptyContent(name);
      const imported = await runCli(runCaseImport, [from, '--content-dir', content]);
      expect(imported.status, imported.stderr).toBe(0);
      const exported = await runCli(runCaseExport, ['--content-dir', content, '--out', to]);
      expect(exported.status, exported.stderr).toBe(0);
    }
    expect(JSON.parse(readFileSync(once, 'utf8')).CFRubrics).toEqual(original.CFRubrics);
    expect(readFileSync(twice, 'utf8')).toBe(readFileSync(once, 'utf8'));
  });

  it("exports an edited descriptor in the rubric's own level, and a new one in Cohesion's rubric", () => {
    if (!imported.ok) throw new Error('not imported');
    const edited = imported.competencies.map((c) =>
      c.case?.humanCodingScheme === 'M-DOK1'
        ? { ...c, levels: { ...c.levels, 2: 'Edited in Cohesion.' } }
        : c.case?.humanCodingScheme === 'R-DOK1'
          ? { ...c, levels: { 1: 'Written in Cohesion.' } }
          : c,
    );
    const exported = exportOf({ framework: imported.framework, competencies: edited });
    const level2 = criterionOf(competencyOf('M-DOK1')).CFRubricCriterionLevels!.find((l) => l.score === 2)!;
    const out = exported.CFRubrics!.flatMap((r) => r.CFRubricCriteria!).flatMap((c) => c.CFRubricCriterionLevels!);
    expect(out.find((l) => l.identifier === level2.identifier)).toEqual({
      ...level2,
      description: 'Edited in Cohesion.',
    });
    expect(exported.CFRubrics).toHaveLength(3);
    const [added] = exported.CFRubrics![2]!.CFRubricCriteria!;
    expect(added!.CFItemURI!.identifier).toBe(competencyOf('R-DOK1').caseIdentifier);
    expect(added!.CFRubricCriterionLevels!.map((l) => [l.score, l.description])).toEqual([[1, 'Written in Cohesion.']]);
    const again = importCase(JSON.parse(caseJson(exported)), curriculum.scale);
    if (!again.ok) throw new Error('not imported');
    expect(caseJson(exportOf(again))).toBe(caseJson(exported));
  });

  it("exports Cohesion's own scale as one criterion per competency and its levels as criterion levels, valid against both schemas", () => {
    const own = JSON.parse(caseJson(exportCase(curriculum))) as CasePackage;
    expect(validCase(own), ajv.errorsText(validCase.errors)).toBe(true);
    expect(case11Errors(own)).toEqual([]);
    const [rubric, ...more] = own.CFRubrics!;
    expect(more).toEqual([]);
    const itemOf = new Map(own.CFItems!.map((i) => [i.identifier, i.humanCodingScheme]));
    expect(rubric!.CFRubricCriteria!.map((c) => itemOf.get(c.CFItemURI!.identifier)).sort()).toEqual(
      curriculum.competencies.map((c) => c.id).sort(),
    );
    for (const criterion of rubric!.CFRubricCriteria!) {
      const competency = curriculum.competencies.find((c) => c.id === itemOf.get(criterion.CFItemURI!.identifier))!;
      expect(criterion.CFRubricCriterionLevels!.map((l) => [l.score, l.quality, l.description])).toEqual(
        curriculum.scale.map((l) => [l.level, l.name, competency.levels[String(l.level)]]),
      );
    }
  });
});
