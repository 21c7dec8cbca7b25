import { describe, expect, it } from 'vitest';
import { knowledgeCheckSchema } from '../curriculum/knowledgeCheckSchema';
import { arrangeCheck } from './arrangeCheck';

const ordering = knowledgeCheckSchema.parse({
  id: 'review',
  type: 'ordering',
  question: 'Put the review in order.',
  steps: ['Gather the facts', 'Agree the goals', 'Plan the actions', 'Review the plan'],
});
const matching = knowledgeCheckSchema.parse({
  id: 'concerns',
  type: 'matching',
  question: 'Match each role to its concern.',
  pairs: [
    { item: 'Payer', match: 'Budget impact' },
    { item: 'Pharmacist', match: 'Formulary fit' },
    { item: 'Physician', match: 'Outcomes' },
    { item: 'Hospital CFO', match: 'Budget impact' },
  ],
});

describe('arrangeCheck', () => {
  it('shows an ordering check’s steps out of their right order, and keys the right order in the shown indexes', () => {
    const { items, correct } = arrangeCheck(ordering);
    expect(items).not.toEqual(ordering.steps);
    expect([...items].sort()).toEqual([...ordering.steps!].sort());
    expect(correct.map((i) => items[i])).toEqual(ordering.steps);
  });

  it('shows a matching check’s items as authored and each distinct match once, keyed per item', () => {
    const { items, options, correct } = arrangeCheck(matching);
    expect(items).toEqual(['Payer', 'Pharmacist', 'Physician', 'Hospital CFO']);
    expect([...options].sort()).toEqual(['Budget impact', 'Formulary fit', 'Outcomes']);
    expect(correct.map((i) => options[i])).toEqual(matching.pairs!.map((p) => p.match));
  });

  it('arranges a check the same way every time (page and answer key agree)', () => {
    expect(arrangeCheck(ordering)).toEqual(arrangeCheck(ordering));
    expect(arrangeCheck(matching)).toEqual(arrangeCheck(matching));
  });
});
