import { z } from 'zod';
import { itemAnalysisOptionsSchema } from '../itemAnalysis/itemAnalysisOptions.ts';

/** The kinds of content-health finding, in the order they are reported. */
export const HEALTH_KINDS = ['no-knowledge-check', 'orphan-module', 'missing-assessment', 'over-length'] as const;

/**
 * The coverage thresholds authors gate CI on (`content/coverage.yaml`). Every field is optional:
 * a missing field takes the default shown in its description.
 */
export const coverageThresholdsSchema = z.strictObject({
  maxGapsAtOrBelowTarget: z
    .int()
    .min(0)
    .default(0)
    .describe('How many competency levels at or below the engagement model’s target may have no module (default 0)'),
  maxGapsAboveTarget: z
    .int()
    .min(0)
    .optional()
    .describe('How many levels above the target may have no module; leave out to allow any'),
  minModulesPerTargetedLevel: z
    .int()
    .min(1)
    .default(1)
    .describe(
      'The fewest modules that must develop each level at or below the target (default 1; 2 fails on thin spots)',
    ),
  maxPrerequisiteChain: z
    .int()
    .min(1)
    .default(6)
    .describe(
      'The most modules a learner may have to take in a row, prerequisites first, to reach a level (default 6)',
    ),
  moduleWordBudget: z
    .int()
    .min(100)
    .default(3000)
    .describe('The most words of prose a module body may have before it is reported as too long (default 3000)'),
  minAssessmentItems: z
    .int()
    .min(1)
    .default(3)
    .describe('The fewest self-assessment items each competency needs (default 3)'),
  failOn: z
    .array(z.enum(HEALTH_KINDS))
    .default(['no-knowledge-check', 'orphan-module', 'missing-assessment'])
    .describe(
      `The content-health findings that fail the check; the others are only reported. Any of: ${HEALTH_KINDS.join(', ')}`,
    ),
  itemAnalysis: itemAnalysisOptionsSchema
    .extend({ minResponses: itemAnalysisOptionsSchema.shape.minResponses.unwrap().min(5).default(30) })
    .prefault({})
    .describe(
      'When the item analysis of knowledge checks (content-health page, npm run items) shows and flags a question: minResponses (at least 5; default 30), tooEasy (default 0.9), tooHard (default 0.3), minDiscrimination (default 0)',
    ),
});
export type CoverageThresholds = z.infer<typeof coverageThresholdsSchema>;
export type HealthKind = (typeof HEALTH_KINDS)[number];
