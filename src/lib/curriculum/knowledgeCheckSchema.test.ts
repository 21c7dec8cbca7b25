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
