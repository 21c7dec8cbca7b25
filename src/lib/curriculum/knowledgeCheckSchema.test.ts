import { describe, expect, it } from 'vitest';
import { knowledgeCheckSchema } from './knowledgeCheckSchema';

const option = (text: string, correct = false) => ({ text, correct, explanation: `${text} because` });

describe('knowledgeCheckSchema', () => {
  it('reads a choice check, options in order and not shuffled unless declared', () => {
    const check = knowledgeCheckSchema.parse({
      id: 'a',
      question: 'Which one?',
      options: [option('x', true), option('y')],
    });
    expect(check.type).toBe('single');
    expect(check.shuffle).toBeUndefined();
  });

  it('reads a free-text check with a model answer and no options', () => {
    const check = knowledgeCheckSchema.parse({
      id: 'why',
      question: 'Why does it matter?',
      type: 'free-text',
      modelAnswer: 'Because *learners* say so',
    });
    expect(check).toMatchObject({ type: 'free-text', options: [], modelAnswer: 'Because *learners* say so' });
  });

  it('asks a free-text check for its model answer, and refuses options on it', () => {
    const result = knowledgeCheckSchema.safeParse({
      id: 'why',
      question: 'Why does it matter?',
      type: 'free-text',
      options: [option('x'), option('y')],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^modelAnswer: a free-text check needs a modelAnswer/),
      expect.stringMatching(/^options: a free-text check has no options/),
    ]);
  });

  it('refuses a choice check with fewer than two options or with a model answer', () => {
    const result = knowledgeCheckSchema.safeParse({
      id: 'a',
      question: 'Which one?',
      options: [option('x', true)],
      modelAnswer: 'x',
    });
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'give at least two options',
      'only a free-text check has a modelAnswer: remove it, or set type: free-text',
    ]);
  });
});

describe('knowledgeCheckSchema: ordering and matching', () => {
  const messages = (input: object) =>
    knowledgeCheckSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('reads an ordering check: its steps in their right order, with an explanation', () => {
    const check = knowledgeCheckSchema.parse({
      id: 'order',
      type: 'ordering',
      question: 'Put the steps in order.',
      steps: ['Map', 'Plan', '*Review*'],
      explanation: 'Plans rest on maps.',
    });
    expect(check).toMatchObject({ type: 'ordering', steps: ['Map', 'Plan', '*Review*'], options: [] });
  });

  it('reads a matching check: pairs of an item and the option that matches it', () => {
    const check = knowledgeCheckSchema.parse({
      id: 'match',
      type: 'matching',
      question: 'Match each role to its concern.',
      pairs: [
        { item: 'Payer', match: 'Budget impact' },
        { item: 'Pharmacist', match: 'Formulary' },
        { item: 'Physician', match: 'Outcomes' },
      ],
    });
    expect(check.pairs).toHaveLength(3);
  });

  it('asks for at least three steps or pairs, distinct steps, and no options', () => {
    expect(messages({ id: 'o', type: 'ordering', question: 'In order?', steps: ['a', 'b'] })).toEqual([
      'steps: an ordering check needs at least three steps, in their right order',
    ]);
    expect(messages({ id: 'o', type: 'ordering', question: 'In order?', steps: ['a', 'b', 'a'] })).toEqual([
      'steps: two steps have the same text: learners could not tell them apart',
    ]);
    expect(
      messages({ id: 'm', type: 'matching', question: 'Match them', options: [{ text: 'x', explanation: 'y' }] }),
    ).toEqual([
      'pairs: a matching check needs at least three pairs of item and match',
      'options: a matching check has no options: list its pairs instead',
    ]);
  });

  it('refuses steps, pairs or one explanation on a choice check', () => {
    expect(
      messages({
        id: 'c',
        question: 'Which one?',
        options: [option('x', true), option('y')],
        steps: ['a', 'b', 'c'],
        explanation: 'why',
      }),
    ).toEqual([
      'steps: only an ordering check has steps: remove them, or set type: ordering',
      'explanation: only ordering and matching checks have one explanation: choice checks explain each option',
    ]);
  });
});
