import type { Curriculum, ModuleEntry } from './curriculum';

type AssessmentItem = Curriculum['assessment'][number]['items'][number];

/** An assessment item for tests: its answers as [text, level] pairs. */
export function testAssessmentItem(
  id: string,
  kind: AssessmentItem['kind'],
  prompt: string,
  options: [text: string, level: number][],
): AssessmentItem {
  return { id, kind, prompt, options: options.map(([text, level]) => ({ text, level })) };
}

/**
 * A small, valid curriculum as plain objects, for unit tests: a framework of two areas, three
 * competencies over a three-level scale, four modules with prerequisites, one path. Tests break
 * one thing at a time.
 */
export function testCurriculum(): Curriculum {
  const module = (id: string, develops: ModuleEntry['develops'], prerequisites: string[] = []): ModuleEntry => ({
    id,
    file: `content/modules/${id}.mdx`,
    title: id.replace(/-/g, ' '),
    summary: `A module about ${id} for the tests.`,
    model: 'core',
    develops,
    duration: 10,
    prerequisites,
    objectives: ['Explain the idea'],
    tags: [],
    sections: [],
    checks: [
      {
        id: 'q1',
        question: 'Which is right?',
        type: 'single',
        options: [
          { text: 'Right', correct: true, explanation: 'Yes.' },
          { text: 'Wrong', correct: false, explanation: 'No.' },
        ],
      },
    ],
    body: 'Text.\n',
  });
  return {
    framework: {
      file: 'content/framework.yaml',
      name: 'Test framework',
      description: 'The competencies of the test curriculum.',
      areas: [
        { id: 'mindset', title: 'Mindset' },
        { id: 'skillset', title: 'Skillset', description: 'What people do with accounts.' },
      ],
      case: {
        identifier: '0b3c9d2e-6f1a-4c5b-8d7e-9f0a1b2c3d4e',
        creator: 'Test COE',
        lastChangeDateTime: '2026-01-15T09:00:00Z',
      },
    },
    scale: [1, 2, 3].map((level) => ({
      id: `l${level}`,
      level,
      name: ['Aware', 'Practising', 'Proficient'][level - 1]!,
      descriptor: 'A descriptor long enough.',
      file: 'content/scale.yaml',
    })),
    regions: [
      { id: 'global', name: 'Global', kind: 'global', summary: 'The central model.', file: 'content/regions.yaml' },
      {
        id: 'single-payer',
        name: 'Single payer',
        kind: 'archetype',
        summary: 'One payer.',
        file: 'content/regions.yaml',
      },
    ],
    models: [
      {
        id: 'core',
        file: 'content/engagement-models/core.yaml',
        name: 'Core',
        promise: 'One team for the account.',
        principles: [{ title: 'Outside in', description: 'Start from the account.' }],
        defaultTargets: [{ competency: 'mapping', level: 2 }],
      },
    ],
    competencies: ['mapping', 'value', 'planning'].map((id) => ({
      id,
      file: `content/competencies/${id}.yaml`,
      name: id,
      area: 'skillset',
      description: 'A competency for the tests.',
      levels: { 1: 'Aware of it.', 2: 'Practises it.', 3: 'Proficient at it.' },
    })),
    modules: [
      module('intro', [{ competency: 'mapping', level: 1 }]),
      module('deeper', [{ competency: 'mapping', level: 2 }], ['intro']),
      module('value-basics', [{ competency: 'value', level: 2 }], ['intro']),
      module('planning', [{ competency: 'planning', level: 3 }], ['deeper', 'value-basics']),
    ],
    paths: [
      {
        id: 'essentials',
        file: 'content/paths/essentials.yaml',
        title: 'Essentials',
        summary: 'The essentials of the model.',
        builds: [{ competency: 'mapping', level: 2 }],
        stages: [
          { title: 'Start', modules: ['intro'] },
          { title: 'Deeper', modules: ['deeper'] },
        ],
      },
    ],
    assessment: [
      {
        id: 'mapping',
        file: 'content/assessment/mapping.yaml',
        competency: 'mapping',
        items: [
          testAssessmentItem('mapping-habit', 'behavioural', 'How do you map?', [
            ['Never', 0],
            ['Sometimes', 1],
            ['Always', 3],
          ]),
        ],
      },
    ],
  };
}
