import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { competencySchema } from '../curriculum/competencySchema';
import { frameworkSchema } from '../curriculum/frameworkSchema';
import { testCurriculum } from '../curriculum/testCurriculum';
import { caseImportFiles } from './caseImportFiles';

describe('caseImportFiles', () => {
  const {
    framework: { file: _file, ...framework },
    competencies,
  } = testCurriculum();
  const imported = {
    framework,
    competencies: competencies.map(({ file: _f, ...c }) => ({
      ...c,
      pillar: 'analytics' as const,
      caseIdentifier: '66666666-7777-4888-9999-000000000000',
    })),
  };
  const files = caseImportFiles(imported);

  it('writes framework.yaml and one file per competency, named by its id', () => {
    expect(files.map((f) => f.path)).toEqual([
      'framework.yaml',
      'competencies/mapping.yaml',
      'competencies/value.yaml',
      'competencies/planning.yaml',
    ]);
  });

  it('writes YAML the schemas read back to the same data', () => {
    expect(frameworkSchema.parse(parse(files[0]!.text))).toEqual(framework);
    const { id: _id, ...mapping } = imported.competencies[0]!;
    expect(competencySchema.parse(parse(files[1]!.text))).toEqual(mapping);
  });

  it('keys levels by number and quotes the change date, in the field order authors know', () => {
    expect(files[1]!.text).toBe(
      'name: mapping\narea: skillset\npillar: analytics\ndescription: A competency for the tests.\nlevels:\n  1: Aware of it.\n  2: Practises it.\n  3: Proficient at it.\ncaseIdentifier: 66666666-7777-4888-9999-000000000000\n',
    );
    expect(files[0]!.text).toContain('lastChangeDateTime: "2026-01-15T09:00:00Z"');
    expect(files[0]!.text.startsWith('# Imported from a CASE package by npm run case:import')).toBe(true);
  });
});
