import { describe, expect, it } from 'vitest';
import { knowledgeCheckSchema } from '../curriculum/knowledgeCheckSchema';
import { answerKeyOf } from './answerKey';
import { arrangeCheck } from './arrangeCheck';

describe('answerKeyOf', () => {
  it('keys each check by id with its correct option indexes and every explanation in authored order', () => {
    const key = answerKeyOf([
      {
        id: 'who',
        question: 'Who decides?',
        type: 'single',
        options: [
          { text: 'A', correct: false, explanation: 'A is not it' },
          { text: 'B', correct: true, explanation: 'B decides' },
        ],
      },
      {
        id: 'gaps',
        question: 'Which are gaps?',
        type: 'multiple',
        options: [
          { text: 'X', correct: true, explanation: 'x' },
          { text: 'Y', correct: false, explanation: 'y' },
          { text: 'Z', correct: true, explanation: 'z' },
        ],
      },
    ]);
    expect(key).toEqual({
      checks: {
        who: { type: 'single', correct: [1], explanations: ['A is not it', 'B decides'] },
        gaps: { type: 'multiple', correct: [0, 2], explanations: ['x', 'y', 'z'] },
      },
    });
  });

  it('renders explanations as inline Markdown and keys a free-text check by its model answer', () => {
    const key = answerKeyOf([
      {
        id: 'code',
        question: 'Which is a type?',
        type: 'single',
        options: [
          { text: '`string`', correct: true, explanation: '`string` *is* a type' },
          { text: '`let`', correct: false, explanation: 'a keyword' },
        ],
      },
      {
        id: 'why',
        question: 'Why type?',
        type: 'free-text',
        options: [],
        modelAnswer: 'To catch **errors** early',
      },
    ]);
    expect(key.checks.code).toEqual({
      type: 'single',
      correct: [0],
      explanations: ['<code>string</code> <em>is</em> a type', 'a keyword'],
    });
    expect(key.checks.why).toEqual({ type: 'free-text', modelAnswer: 'To catch <strong>errors</strong> early' });
  });

  it('keys ordering and matching checks by their right answer in the arrangement the page shows, with the explanation', () => {
    const [ordering, matching] = [
      knowledgeCheckSchema.parse({
        id: 'review',
        type: 'ordering',
        question: 'Put the review in order.',
        steps: ['Gather', 'Agree', 'Plan'],
        explanation: 'Facts **first**',
      }),
      knowledgeCheckSchema.parse({
        id: 'concerns',
        type: 'matching',
        question: 'Match the concerns.',
        pairs: [
          { item: 'Payer', match: 'Budget' },
          { item: 'Pharmacist', match: 'Formulary' },
          { item: 'CFO', match: 'Budget' },
        ],
      }),
    ];
    const key = answerKeyOf([ordering!, matching!]);
    expect(key.checks.review).toEqual({
      type: 'ordering',
      correct: arrangeCheck(ordering!).correct,
      optionCount: 0,
      explanation: 'Facts <strong>first</strong>',
    });
    expect(key.checks.concerns).toEqual({ type: 'matching', correct: arrangeCheck(matching!).correct, optionCount: 2 });
  });
});
