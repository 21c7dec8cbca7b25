import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { casePackageSchema } from './casePackageSchema';
import { caseJson, exportCase } from './exportCase';

const DOCUMENT = '0b3c9d2e-6f1a-4c5b-8d7e-9f0a1b2c3d4e';

describe('exportCase', () => {
  it('writes the document from the framework file, with its own identifier and change date', () => {
    const { CFDocument } = exportCase(testCurriculum());
    expect(CFDocument).toEqual({
      identifier: DOCUMENT,
      uri: `urn:uuid:${DOCUMENT}`,
      creator: 'Test COE',
      title: 'Test framework',
      lastChangeDateTime: '2026-01-15T09:00:00Z',
      description: 'The competencies of the test curriculum.',
      CFPackageURI: { title: 'Test framework', identifier: DOCUMENT, uri: `urn:uuid:${DOCUMENT}` },
    });
  });

  it('writes one item per area and per competency, areas first in their order, competencies by name', () => {
    const { CFItems } = exportCase(testCurriculum());
    expect(CFItems!.map((i) => [i.CFItemType, i.humanCodingScheme, i.abbreviatedStatement])).toEqual([
      ['Competency area', 'mindset', 'Mindset'],
      ['Competency area', 'skillset', 'Skillset'],
      ['Competency', 'mapping', 'mapping'],
      ['Competency', 'planning', 'planning'],
      ['Competency', 'value', 'value'],
    ]);
    expect(CFItems![1]!.fullStatement).toBe('What people do with accounts.');
    expect(CFItems![0]!.fullStatement).toBe('Mindset');
    expect(CFItems![2]!.fullStatement).toBe('A competency for the tests.');
  });

  it('links every area to the document and every competency to its area with numbered isChildOf associations', () => {
    const { CFItems, CFAssociations } = exportCase(testCurriculum());
    const title = (identifier: string) =>
      CFItems!.find((i) => i.identifier === identifier)?.humanCodingScheme ??
      (identifier === DOCUMENT ? 'document' : identifier);
    expect(
      CFAssociations!.map((a) => [
        a.associationType,
        title(a.originNodeURI.identifier),
        title(a.destinationNodeURI.identifier),
        a.sequenceNumber,
      ]),
    ).toEqual([
      ['isChildOf', 'mindset', 'document', 1],
      ['isChildOf', 'skillset', 'document', 2],
      ['isChildOf', 'mapping', 'skillset', 1],
      ['isChildOf', 'planning', 'skillset', 2],
      ['isChildOf', 'value', 'skillset', 3],
    ]);
    const item = CFItems![2]!;
    expect(CFAssociations![2]!.originNodeURI).toEqual({ title: 'mapping', identifier: item.identifier, uri: item.uri });
  });

  it('gives the proficiency scale as one rubric: a criterion per competency, a level per scale level scored by its number', () => {
    const [rubric] = exportCase(testCurriculum()).CFRubrics!;
    const criteria = rubric!.CFRubricCriteria!;
    expect(rubric!.title).toBe('Proficiency scale');
    expect(rubric!.description).toBe(
      '1 Aware: A descriptor long enough.\n2 Practising: A descriptor long enough.\n3 Proficient: A descriptor long enough.',
    );
    expect(criteria.map((c) => [c.category, c.position, c.rubricId])).toEqual([
      ['mapping', 1, rubric!.identifier],
      ['planning', 2, rubric!.identifier],
      ['value', 3, rubric!.identifier],
    ]);
    expect(
      criteria[0]!.CFRubricCriterionLevels!.map((l) => [l.score, l.quality, l.description, l.rubricCriterionId]),
    ).toEqual([
      [1, 'Aware', 'Aware of it.', criteria[0]!.identifier],
      [2, 'Practising', 'Practises it.', criteria[0]!.identifier],
      [3, 'Proficient', 'Proficient at it.', criteria[0]!.identifier],
    ]);
  });

  it('links each criterion to the competency item it assesses', () => {
    const pkg = exportCase(testCurriculum());
    const competencies = pkg.CFItems!.filter((i) => i.CFItemType === 'Competency');
    expect(pkg.CFRubrics![0]!.CFRubricCriteria!.map((c) => c.CFItemURI)).toEqual(
      competencies.map((i) => ({ title: i.abbreviatedStatement, identifier: i.identifier, uri: i.uri })),
    );
  });

  it('writes the objects with exactly the CASE fields of the mapping', () => {
    const c = testCurriculum();
    c.competencies[0]!.pillar = 'analytics';
    const pkg = exportCase(c);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(pkg)).toEqual(['CFAssociations', 'CFDefinitions', 'CFDocument', 'CFItems', 'CFRubrics']);
    expect(keys(pkg.CFItems![2]!)).toEqual([
      'CFDocumentURI',
      'CFItemType',
      'CFItemTypeURI',
      'abbreviatedStatement',
      'conceptKeywords',
      'fullStatement',
      'humanCodingScheme',
      'identifier',
      'lastChangeDateTime',
      'uri',
    ]);
    expect(keys(pkg.CFAssociations![0]!)).toEqual([
      'CFDocumentURI',
      'associationType',
      'destinationNodeURI',
      'identifier',
      'lastChangeDateTime',
      'originNodeURI',
      'sequenceNumber',
      'uri',
    ]);
    expect(keys(pkg.CFRubrics![0]!.CFRubricCriteria![0]!)).toEqual([
      'CFItemURI',
      'CFRubricCriterionLevels',
      'category',
      'identifier',
      'lastChangeDateTime',
      'position',
      'rubricId',
      'uri',
    ]);
    expect(keys(pkg.CFRubrics![0]!.CFRubricCriteria![0]!.CFRubricCriterionLevels![0]!)).toEqual([
      'description',
      'identifier',
      'lastChangeDateTime',
      'position',
      'quality',
      'rubricCriterionId',
      'score',
      'uri',
    ]);
    expect(pkg.CFDefinitions!.CFItemTypes!.map((t) => [t.title, t.hierarchyCode])).toEqual([
      ['Competency area', '1'],
      ['Competency', '2'],
    ]);
    expect(pkg.CFItems![2]!.conceptKeywords).toEqual(['pillar:analytics']);
  });

  it('produces a package its own schema accepts unchanged, with one change date everywhere', () => {
    const json = caseJson(exportCase(testCurriculum()));
    const parsed = JSON.parse(json) as unknown;
    expect(casePackageSchema.parse(parsed)).toEqual(parsed);
    expect(new Set(json.match(/"lastChangeDateTime": "[^"]+"/g))).toEqual(
      new Set(['"lastChangeDateTime": "2026-01-15T09:00:00Z"']),
    );
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('derives the same identifiers on every run, all distinct, and different under another document identifier', () => {
    const identifiers = (json: string) => [...json.matchAll(/"identifier": "([^"]+)"/g)].map((m) => m[1]);
    const first = caseJson(exportCase(testCurriculum()));
    expect(caseJson(exportCase(testCurriculum()))).toBe(first);
    const own = exportCase(testCurriculum());
    const defined = [
      own.CFDocument,
      ...own.CFItems!,
      ...own.CFAssociations!,
      ...own.CFDefinitions!.CFItemTypes!,
      own.CFRubrics![0]!,
      ...own.CFRubrics![0]!.CFRubricCriteria!,
      ...own.CFRubrics![0]!.CFRubricCriteria!.flatMap((c) => c.CFRubricCriterionLevels!),
    ].map((o) => o.identifier);
    expect(new Set(defined).size).toBe(defined.length);
    const other = testCurriculum();
    other.framework.case!.identifier = '7a1e2b3c-4d5e-4f60-8172-8394a5b6c7d8';
    const otherIds = new Set(identifiers(caseJson(exportCase(other))));
    expect(identifiers(first).filter((id) => id !== DOCUMENT && otherIds.has(id))).toEqual([]);
  });

  it('keeps the CASE identifiers content carries, and builds URIs on the framework’s uriBase', () => {
    const c = testCurriculum();
    c.framework.case!.uriBase = 'https://frameworks.example.org/uri/';
    c.framework.areas[1]!.caseIdentifier = '11111111-2222-4333-8444-555555555555';
    c.competencies[0]!.caseIdentifier = '66666666-7777-4888-9999-000000000000';
    const pkg = exportCase(c);
    expect(pkg.CFItems![1]).toMatchObject({
      identifier: '11111111-2222-4333-8444-555555555555',
      uri: 'https://frameworks.example.org/uri/11111111-2222-4333-8444-555555555555',
    });
    expect(pkg.CFItems![2]!.identifier).toBe('66666666-7777-4888-9999-000000000000');
    expect(pkg.CFAssociations![2]!.destinationNodeURI.identifier).toBe('11111111-2222-4333-8444-555555555555');
    expect(pkg.CFDocument.uri).toBe(`https://frameworks.example.org/uri/${DOCUMENT}`);
  });

  it('exports only the levels a competency describes, and refuses a framework without a case block', () => {
    const c = testCurriculum();
    delete c.competencies[0]!.levels['3'];
    expect(exportCase(c).CFRubrics![0]!.CFRubricCriteria![0]!.CFRubricCriterionLevels!.map((l) => l.score)).toEqual([
      1, 2,
    ]);
    delete c.framework.case;
    expect(() => exportCase(c)).toThrow('content/framework.yaml has no "case:" block');
  });
});
