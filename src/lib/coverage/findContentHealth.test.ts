import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { findContentHealth } from './findContentHealth';

const budget = { moduleWordBudget: 100, minAssessmentItems: 1 };
const summary = (findings: ReturnType<typeof findContentHealth>) =>
  findings.map((f) => `${f.kind} ${f.subject} ${f.file}`);

describe('findContentHealth', () => {
  it('finds modules in no path and competencies with no self-assessment items, with the file to fix', () => {
    expect(summary(findContentHealth(testCurriculum(), budget))).toEqual([
      'orphan-module planning content/modules/planning.mdx',
      'orphan-module value-basics content/modules/value-basics.mdx',
      'missing-assessment planning content/assessment/planning.yaml',
      'missing-assessment value content/assessment/value.yaml',
    ]);
  });

  it('finds a module without knowledge checks', () => {
    const curriculum = testCurriculum();
    curriculum.modules.find((m) => m.id === 'intro')!.checks = [];
    const found = findContentHealth(curriculum, budget).filter((f) => f.kind === 'no-knowledge-check');
    expect(found).toEqual([
      expect.objectContaining({
        subject: 'intro',
        file: 'content/modules/intro.mdx',
        hint: expect.stringContaining('<KnowledgeCheck'),
      }),
    ]);
  });

  it('finds a module whose prose is over the word budget, counting words, not tags', () => {
    const curriculum = testCurriculum();
    curriculum.modules.find((m) => m.id === 'deeper')!.body = `${'word '.repeat(101)}\n`;
    curriculum.modules.find((m) => m.id === 'intro')!.body = `${'word '.repeat(100)}<Callout type="tip">\n</Callout>\n`;
    const found = findContentHealth(curriculum, budget).filter((f) => f.kind === 'over-length');
    expect(found.map((f) => [f.subject, f.message])).toEqual([
      ['deeper', '“deeper” has 101 words of prose, over the budget of 100.'],
    ]);
  });

  it('names the bank file of a competency with too few items', () => {
    const found = findContentHealth(testCurriculum(), { ...budget, minAssessmentItems: 2 }).filter(
      (f) => f.subject === 'mapping',
    );
    expect(found.map((f) => [f.kind, f.file, f.message])).toEqual([
      [
        'missing-assessment',
        'content/assessment/mapping.yaml',
        'Competency “mapping” has 1 self-assessment item; at least 2 are expected.',
      ],
    ]);
  });

  it('finds nothing in healthy content', () => {
    const curriculum = testCurriculum();
    curriculum.paths[0]!.stages.push({ title: 'More', modules: ['value-basics', 'planning'] });
    for (const competency of ['value', 'planning'])
      curriculum.assessment.push({ ...curriculum.assessment[0]!, id: competency, competency });
    expect(findContentHealth(curriculum, budget)).toEqual([]);
  });
});
