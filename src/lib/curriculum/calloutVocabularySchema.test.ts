import { describe, expect, it } from 'vitest';
import { calloutVocabularyOf, calloutVocabularySchema } from './calloutVocabularySchema';

describe('callout vocabulary', () => {
  it('keeps note, tip and warning when a course declares nothing', () => {
    expect(calloutVocabularyOf(undefined).map((t) => [t.type, t.label])).toEqual([
      ['note', 'Note'],
      ['tip', 'Tip'],
      ['warning', 'Watch out'],
    ]);
  });

  it('adds a course’s own types and lets it relabel a built-in one', () => {
    const declared = calloutVocabularySchema.parse([
      { type: 'key-points', label: 'Key points', icon: '🔑' },
      { type: 'instructor-note', label: 'Instructor note', tone: 'warning' },
      { type: 'tip', label: 'Try this' },
    ]);
    const vocabulary = calloutVocabularyOf(declared);
    expect(vocabulary.map((t) => t.type)).toEqual(['note', 'tip', 'warning', 'key-points', 'instructor-note']);
    expect(vocabulary.find((t) => t.type === 'tip')?.label).toBe('Try this');
    expect(vocabulary.find((t) => t.type === 'key-points')).toEqual({
      type: 'key-points',
      label: 'Key points',
      icon: '🔑',
      tone: 'note',
    });
  });

  it('refuses a type declared twice, or one without a label', () => {
    const result = calloutVocabularySchema.safeParse([{ type: 'empty', label: ' ' }]);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.label']);
    const twice = calloutVocabularySchema.safeParse([
      { type: 'discussion', label: 'Discussion' },
      { type: 'discussion', label: 'Talk' },
    ]);
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['callout type "discussion" is declared twice']);
  });
});
