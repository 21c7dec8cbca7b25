import { z } from 'zod';
import { testCurriculum } from '../workforce/testCurriculum.ts';
import { type LearnerHistory, learnerHistorySchema } from './learnerHistory.ts';
import type { EvidenceCurriculum } from './planEvidence.ts';
import type { ProgrammeEvent } from './programmeEventSchema.ts';
import seeded from './seededProfiles.json' with { type: 'json' };

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

/**
 * One profile per row, each held by `n` learners alike: twelve months of starts (July 2025 to
 * June 2026), seven functions, two regions, both paths and none, reassessments and stalls.
 * The expected figures of `buildEvidenceReport.test.ts` are worked out by hand from this table
 * (`seededProfiles.json`, a data table: read through the learner history's own schema).
 */
export const SEEDED_PROFILES: ReadonlyArray<{ name: string; n: number; learner: LearnerHistory }> = z
  .array(z.object({ name: z.string(), n: z.number().int().positive(), learner: learnerHistorySchema }))
  .parse(seeded.profiles);

/** Three HEOR learners in the multi-payer region: a group below the minimum of five. */
export const SMALL_GROUP: LearnerHistory = learnerHistorySchema.parse(seeded.smallGroup);

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
