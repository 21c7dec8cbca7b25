import { describe, expect, it } from 'vitest';
import { caseDecisionSchema, type FieldCaseInput, fieldCaseSchema } from './fieldCaseSchema.ts';

const valid: FieldCaseInput = {
  id: '0b8f6a52-8d0c-4c8e-9d1e-5d6c1b2a3f40',
  title: 'Opening a payer dialogue with a budget-impact model',
  situation: 'A regional payer had **paused** the listing.',
  action: 'We co-built the model with their pharmacist.',
  result: 'Listing in 4 months.',
  reuse: '- Start from their budget\n- Agree the inputs first',
  competencies: [{ competency: 'co-creation', level: 2 }],
  region: 'global',
  function: 'market-access',
  showName: false,
};
const problems = (input: unknown) =>
  fieldCaseSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('fieldCaseSchema', () => {
  it('accepts a complete case', () => {
    expect(fieldCaseSchema.parse(valid)).toEqual(valid);
  });

  it('refuses empty and oversized fields with a message naming the field', () => {
    expect(problems({ ...valid, title: '   ' })).toEqual(['title: Write the title.']);
    expect(problems({ ...valid, title: 'x'.repeat(121) })).toEqual(['title: Keep the title to 120 characters.']);
    expect(problems({ ...valid, result: 'x'.repeat(4001) })).toEqual(['result: Keep the result to 4,000 characters.']);
    expect(fieldCaseSchema.safeParse({ ...valid, result: 'x'.repeat(4000) }).success).toBe(true);
  });

  it('needs one to five competencies, each once', () => {
    expect(problems({ ...valid, competencies: [] })).toEqual([
      'competencies: Name at least one competency the case illustrates.',
    ]);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((competency) => ({ competency, level: 1 }));
    expect(problems({ ...valid, competencies: six })).toEqual(['competencies: Name at most 5 competencies.']);
    expect(
      problems({
        ...valid,
        competencies: [
          { competency: 'co-creation', level: 1 },
          { competency: 'co-creation', level: 2 },
        ],
      }),
    ).toEqual(['competencies: Name each competency once, at the level the case shows.']);
  });

  it('refuses ids that are not the curriculum’s kebab-case and fields it does not know', () => {
    expect(problems({ ...valid, region: '<script>' })?.[0]).toMatch(/^region: must be a kebab-case id/);
    expect(problems({ ...valid, id: "1' OR '1'='1" })?.[0]).toMatch(/^id: /);
    expect(problems({ ...valid, html: '<b>x</b>' })?.[0]).toMatch(/html/);
  });

  it('needs the name to show when the author chooses to be named', () => {
    expect(problems({ ...valid, showName: true })).toEqual([
      'authorName: Give the name the library should show, or choose not to show your name.',
    ]);
    expect(fieldCaseSchema.parse({ ...valid, showName: true, authorName: ' Amira K. ' }).authorName).toBe('Amira K.');
  });

  it('removes invisible characters that disguise text, keeping right-to-left letters and joiners', () => {
    const parsed = fieldCaseSchema.parse({
      ...valid,
      title: '\u202Egnp.exe\u202C Safe\u200B title\u0000',
      situation: 'مرحبا\u200F بالعالم, क्‍ष and 👩\u200D⚕️\r\nnext line',
    });
    expect(parsed.title).toBe('gnp.exe Safe title');
    expect(parsed.situation).toBe('مرحبا\u200F بالعالم, क्‍ष and 👩\u200D⚕️\nnext line');
  });

  it('counts a decomposed accent as the one character it shows', () => {
    const decomposed = 'e\u0301'.repeat(120);
    expect(fieldCaseSchema.parse({ ...valid, title: decomposed }).title).toBe('é'.repeat(120));
  });

  it('refuses lists and quotes nested deeper than the renderer should parse', () => {
    expect(fieldCaseSchema.safeParse({ ...valid, action: `${'- '.repeat(6)}x` }).success).toBe(true);
    expect(problems({ ...valid, action: `${'- '.repeat(7)}x` })).toEqual([
      'action: Nest lists and quotes in the action at most 6 deep.',
    ]);
    expect(problems({ ...valid, reuse: `${'> 1. '.repeat(500)}x` })).toEqual([
      'reuse: Nest lists and quotes in the reuse at most 6 deep.',
    ]);
  });
});

describe('caseDecisionSchema', () => {
  it('needs a comment to request changes', () => {
    expect(caseDecisionSchema.safeParse({ decision: 'requestChanges' }).success).toBe(false);
    expect(caseDecisionSchema.safeParse({ decision: 'requestChanges', comment: '  ' }).success).toBe(false);
    expect(caseDecisionSchema.parse({ decision: 'requestChanges', comment: 'Remove the hospital name.' })).toEqual({
      decision: 'requestChanges',
      comment: 'Remove the hospital name.',
    });
  });

  it('lets a lead edit the case’s words and references but not its id, author or consent', () => {
    expect(caseDecisionSchema.parse({ decision: 'approve', edits: { title: 'Tidier title' } }).edits).toEqual({
      title: 'Tidier title',
    });
    expect(caseDecisionSchema.safeParse({ decision: 'approve', edits: { showName: true } }).success).toBe(false);
    expect(caseDecisionSchema.safeParse({ decision: 'approve', edits: { id: valid.id } }).success).toBe(false);
    expect(caseDecisionSchema.safeParse({ decision: 'approve', edits: { title: '' } }).success).toBe(false);
  });
});
