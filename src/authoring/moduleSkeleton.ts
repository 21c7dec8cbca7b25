import { stringify } from 'yaml';
import type { CompetencyLevel } from '../lib/curriculum/idSchema';

/** The text `new:module` writes for the author to replace: `check:content` warns while any is left. */
export const SKELETON_PLACEHOLDERS = {
  summary: 'Replace with one or two sentences on what',
  objective: 'Replace with what the learner will be able to do, starting with a verb',
  question: 'Replace with a question about the main idea of this module?',
  opening: "Open with why this matters to the learner's work, in two or three sentences.",
  idea: 'Explain the concept in plain language.',
  example: 'Show it at work in an invented but realistic situation.',
  mistake: 'A mistake people make, and what to do instead.',
  template: 'A checklist or canvas the learner can copy into their own work.',
  scenario: 'Describe a short, concrete situation and ask what the learner would do.',
  reflection: 'Where will you use this in your own work this month?',
  takeaway: 'The one thing to remember.',
} as const;

const P = SKELETON_PLACEHOLDERS;

/** What an author tells `npm run new:module`. */
export interface SkeletonInput {
  title: string;
  develops: CompetencyLevel[];
  /** The curriculum's model, when it has one. */
  model?: string;
  /** A place a module can carry a local note for, named in the site's word for places. */
  place?: { id: string; name: string; word: string };
  prerequisites?: string[];
  duration?: number;
}

/** The file name (id) a module title gets: "Mapping the Buying Centre!" → "mapping-the-buying-centre". */
export function moduleIdFor(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A module file, neutral in its words (no domain, the site's own word for places), that passes `npm run check:content` as written, with every section the
 * curriculum expects marked for the author to replace.
 */
export function moduleSkeleton(input: SkeletonInput): string {
  const frontMatter = {
    title: input.title,
    summary: `${P.summary} ${input.title} teaches and why it matters.`,
    ...(input.model ? { model: input.model } : {}),
    develops: input.develops,
    duration: input.duration ?? 20,
    prerequisites: input.prerequisites ?? [],
    objectives: [P.objective],
    tags: [],
    checks: [
      {
        id: 'first-check',
        question: P.question,
        type: 'single',
        options: [
          { text: 'The right answer', correct: true, explanation: 'Why this is right.' },
          { text: 'A plausible wrong answer', explanation: 'Why this is wrong, and what to reread.' },
          { text: 'Another plausible wrong answer', explanation: 'Why this is wrong.' },
        ],
      },
    ],
  };
  return `---
${stringify(frontMatter, { flowCollectionPadding: true, lineWidth: 100 }).trimEnd()}
---
${P.opening}

## The idea

${P.idea}

## A worked example

${P.example}

## Common mistakes

- ${P.mistake}

<Callout type="tip" title="Template">

${P.template}

</Callout>

<Scenario title="A situation to think through">

${P.scenario}

</Scenario>

<Reflection id="apply-it" prompt="${P.reflection}" />
${localNote(input.place)}

<KeyTakeaway>

${P.takeaway}

</KeyTakeaway>
`;
}

/** A local note for one place, or nothing when the curriculum has no places beyond the global one. */
function localNote(place: SkeletonInput['place']): string {
  if (!place) return '';
  return `
<LocalNote region="${place.id}">

What is different in the ${place.word} ${place.name}; add a note like this for each ${place.word} where it matters.

</LocalNote>
`;
}
