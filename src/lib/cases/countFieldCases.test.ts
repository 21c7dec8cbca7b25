import { describe, expect, it } from 'vitest';
import { countFieldCases } from './countFieldCases.ts';
import type { FieldCase } from './fieldCaseSchema.ts';

const fieldCase = (n: number, rest: Partial<FieldCase>): FieldCase => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Case ${n}`,
  situation: 's',
  action: 'a',
  result: 'r',
  reuse: 'u',
  competencies: [{ competency: 'mapping', level: 1 }],
  showName: false,
  ...rest,
});

describe('countFieldCases', () => {
  const approved = [
    { authorKey: 'a', case: fieldCase(1, { region: 'global', function: 'sales' }) },
    {
      authorKey: 'a',
      case: fieldCase(2, {
        region: 'global',
        competencies: [
          { competency: 'mapping', level: 2 },
          { competency: 'value', level: 3 },
        ],
      }),
    },
    { authorKey: 'b', case: fieldCase(3, { archetype: 'emerging', function: 'sales' }) },
  ];

  it('counts cases per competency and level, per region, archetype and function, "not stated" as null', () => {
    const counts = countFieldCases(approved, 2);
    expect(counts.total).toBe(3);
    expect(counts.byCompetency).toEqual([
      {
        competency: 'mapping',
        cases: 3,
        levels: [
          { level: 1, cases: 2 },
          { level: 2, cases: 1 },
        ],
      },
      { competency: 'value', cases: 1, levels: [{ level: 3, cases: 1 }] },
    ]);
    expect(counts.byRegion).toEqual([
      { region: 'global', cases: 2 },
      { region: null, cases: 1 },
    ]);
    expect(counts.byArchetype).toEqual([
      { archetype: null, cases: 2 },
      { archetype: 'emerging', cases: 1 },
    ]);
    expect(counts.byFunction).toEqual([
      { function: 'sales', cases: 2 },
      { function: null, cases: 1 },
    ]);
  });

  it('shows how many people contributed only when they are at least the minimum group, or none', () => {
    expect(countFieldCases(approved, 2).contributors).toBe(2);
    expect(countFieldCases(approved, 3).contributors).toBeNull();
    expect(countFieldCases([], 5)).toMatchObject({ total: 0, contributors: 0, byCompetency: [] });
  });
});
