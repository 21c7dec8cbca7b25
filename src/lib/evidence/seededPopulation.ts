import { testCurriculum } from '../workforce/testCurriculum.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import type { EvidenceCurriculum } from './planEvidence.ts';
import type { ProgrammeEvent } from './programmeEventSchema.ts';

/** The workforce tests' small curriculum with a list of functions: for evidence tests. */
export const evidenceCurriculum: EvidenceCurriculum = {
  ...testCurriculum,
  functions: [
    { id: 'kam', name: 'Key account management' },
    { id: 'sales', name: 'Sales' },
    { id: 'medical', name: 'Medical' },
    { id: 'market-access', name: 'Market access' },
    { id: 'marketing', name: 'Marketing' },
    { id: 'heor', name: 'HEOR' },
    { id: 'service', name: 'Service' },
  ],
};

/** The seeded population's report date. */
export const SEEDED_AS_OF = '2026-06-30';

const at = (day: string) => `${day}T09:00:00Z`;
const assessed = (day: string, mapping: number, value: number) => ({ at: at(day), levels: { mapping, value } });
const done = (module: string, day: string) => ({ module, at: at(day) });

/**
 * One profile per row, each held by `n` learners alike: twelve months of starts (July 2025 to
 * June 2026), seven functions, two regions, both paths and none, reassessments and stalls.
 * The expected figures of `buildEvidenceReport.test.ts` are worked out by hand from this table.
 */
export const SEEDED_PROFILES: ReadonlyArray<{ name: string; n: number; learner: LearnerHistory }> = [
  {
    name: 'P1',
    n: 20,
    learner: {
      region: 'global',
      function: 'kam',
      path: 'foundations',
      startedAt: at('2025-07-10'),
      lastActiveAt: at('2025-09-10'),
      assessments: [assessed('2025-07-10', 1, 0), assessed('2025-09-10', 2, 1)],
      completions: [done('map-basics', '2025-07-20'), done('map-deeper', '2025-08-15')],
      hours: 6,
    },
  },
  {
    name: 'P2',
    n: 20,
    learner: {
      region: 'global',
      function: 'sales',
      path: 'foundations',
      startedAt: at('2025-08-05'),
      lastActiveAt: at('2026-06-20'),
      assessments: [assessed('2025-08-05', 0, 0), assessed('2026-01-05', 1, 1)],
      completions: [done('map-basics', '2025-08-20')],
      hours: 2,
    },
  },
  {
    name: 'P3',
    n: 20,
    learner: {
      region: 'emerging',
      function: 'medical',
      path: 'value-path',
      startedAt: at('2025-09-01'),
      lastActiveAt: at('2025-10-01'),
      assessments: [assessed('2025-09-01', 1, 1), assessed('2025-10-01', 1, 3)],
      completions: [done('value-case', '2025-09-15')],
      hours: 3,
    },
  },
  {
    name: 'P4',
    n: 20,
    learner: {
      region: 'emerging',
      function: 'market-access',
      path: 'foundations',
      startedAt: at('2025-10-01'),
      lastActiveAt: at('2025-10-02'),
      assessments: [assessed('2025-10-01', 0, 0)],
      completions: [],
      hours: 0.5,
    },
  },
  {
    name: 'P5',
    n: 20,
    learner: {
      region: 'global',
      function: 'marketing',
      path: 'value-path',
      startedAt: at('2025-11-03'),
      lastActiveAt: at('2026-06-29'),
      assessments: [assessed('2025-11-03', 2, 0), assessed('2026-02-03', 2, 2)],
      completions: [done('map-basics', '2025-11-20'), done('value-case', '2025-12-01')],
      hours: 12,
    },
  },
  {
    name: 'P6',
    n: 20,
    learner: {
      region: 'emerging',
      function: 'kam',
      path: 'foundations',
      startedAt: at('2025-12-01'),
      lastActiveAt: at('2025-12-10'),
      assessments: [],
      completions: [done('map-basics', '2025-12-10')],
      hours: 1,
    },
  },
  {
    name: 'P7',
    n: 20,
    learner: {
      region: 'global',
      function: 'service',
      path: 'none',
      startedAt: at('2026-01-15'),
      lastActiveAt: at('2026-06-15'),
      assessments: [assessed('2026-01-15', 1, 1), assessed('2026-03-15', 3, 1)],
      completions: [
        done('map-basics', '2026-01-20'),
        done('map-deeper', '2026-02-20'),
        done('value-case', '2026-03-01'),
      ],
      hours: 8,
    },
  },
  {
    name: 'P8',
    n: 20,
    learner: {
      region: 'emerging',
      function: 'sales',
      path: 'value-path',
      startedAt: at('2026-02-10'),
      lastActiveAt: at('2026-05-10'),
      assessments: [assessed('2026-02-10', 0, 1), assessed('2026-05-10', 0, 2)],
      completions: [],
      hours: 0,
    },
  },
  {
    name: 'P9',
    n: 20,
    learner: {
      region: 'global',
      function: 'unstated',
      path: 'foundations',
      startedAt: at('2026-03-01'),
      lastActiveAt: at('2026-06-10'),
      assessments: [assessed('2026-03-01', 1, 0)],
      completions: [done('map-basics', '2026-03-05')],
      hours: 1.5,
    },
  },
  {
    name: 'P10',
    n: 20,
    learner: {
      region: 'emerging',
      function: 'medical',
      path: 'foundations',
      startedAt: at('2026-04-01'),
      lastActiveAt: at('2026-06-25'),
      assessments: [assessed('2026-04-01', 2, 0), assessed('2026-04-20', 2, 0)],
      completions: [done('map-basics', '2026-04-10'), done('map-deeper', '2026-04-15')],
      hours: 4,
    },
  },
  {
    name: 'P11 (invited, not enrolled)',
    n: 20,
    learner: { region: 'global', function: 'kam', path: 'value-path', assessments: [], completions: [], hours: 0 },
  },
  {
    name: 'P12',
    n: 15,
    learner: {
      region: 'emerging',
      function: 'sales',
      path: 'foundations',
      startedAt: at('2026-06-02'),
      lastActiveAt: at('2026-06-02'),
      assessments: [assessed('2026-06-02', 0, 0)],
      completions: [],
      hours: 0.25,
    },
  },
];

/** Three HEOR learners in the multi-payer region: a group below the minimum of five. */
export const SMALL_GROUP: LearnerHistory = {
  region: 'multi-payer',
  function: 'heor',
  path: 'foundations',
  startedAt: at('2026-05-05'),
  lastActiveAt: at('2026-06-05'),
  assessments: [assessed('2026-05-05', 1, 1), assessed('2026-06-05', 2, 1)],
  completions: [done('map-basics', '2026-05-10'), done('map-deeper', '2026-06-01')],
  hours: 5,
};

/** The seeded population: every profile's learners (235 of them). */
export const seededPopulation = (): LearnerHistory[] =>
  SEEDED_PROFILES.flatMap(({ n, learner }) => Array.from({ length: n }, () => learner));

/** Programme events around the seeded months: the first and last fall outside them. */
export const SEEDED_EVENTS: ProgrammeEvent[] = [
  { date: '2026-03-10', kind: 'campaign', label: 'Spring campaign' },
  { date: '2025-06-15', kind: 'launch', label: 'Launch' },
  { date: '2025-10-01', kind: 'relaunch', label: 'Relaunch with new paths' },
  { date: '2026-07-05', kind: 'curriculum-version', label: 'Curriculum 2' },
];
