import { describe, expect, it } from 'vitest';
import { splitSections } from './splitSections';

const body = `Opening words.

## Habit 1: speak outside in

First habit.

<LocalNote region="single-payer" adapts="habit-1-speak-outside-in" hash="000000000000">
The formulary decides.
</LocalNote>

### Details

More.

## Habit 1: speak outside in

Same title again.
`;

describe('splitSections', () => {
  it('cuts a body at level-2 and level-3 headings, keyed by the anchors Astro gives them', () => {
    expect(splitSections(body).map((s) => [s.key, s.heading])).toEqual([
      ['_intro', null],
      ['habit-1-speak-outside-in', 'Habit 1: speak outside in'],
      ['details', 'Details'],
      ['habit-1-speak-outside-in-1', 'Habit 1: speak outside in'],
    ]);
  });

  it('keeps local notes in their section unless asked to leave them out', () => {
    const [, withNote] = splitSections(body);
    const [, withoutNote] = splitSections(body, { withoutLocalNotes: true });
    expect(withNote!.source).toContain('The formulary decides.');
    expect(withoutNote!.source).not.toContain('LocalNote');
    expect(withoutNote!.source).toContain('First habit.');
  });

  it('does not see a change in trailing spaces, but sees one in the words', () => {
    const source = (text: string) => splitSections(text).map((s) => s.source);
    expect(source('## A\n\nWords.  \n')).toEqual(source('## A\n\nWords.\n'));
    expect(source('## A\n\nWords.\n')).not.toEqual(source('## A\n\nOther words.\n'));
  });
});
