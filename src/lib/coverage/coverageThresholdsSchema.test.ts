import { describe, expect, it } from 'vitest';
import { coverageThresholdsSchema } from './coverageThresholdsSchema';

describe('coverageThresholdsSchema', () => {
  it('fills every threshold left out with its default', () => {
    expect(coverageThresholdsSchema.parse({ maxPrerequisiteChain: 4 })).toEqual({
      maxGapsAtOrBelowTarget: 0,
      minModulesPerTargetedLevel: 1,
      maxPrerequisiteChain: 4,
      moduleWordBudget: 3000,
      minAssessmentItems: 3,
      failOn: ['no-knowledge-check', 'orphan-module', 'missing-assessment'],
      itemAnalysis: { minResponses: 30, tooEasy: 0.9, tooHard: 0.3, minDiscrimination: 0 },
    });
  });

  it('refuses unknown thresholds and unknown health kinds', () => {
    expect(coverageThresholdsSchema.safeParse({ maxGaps: 1 }).success).toBe(false);
    expect(coverageThresholdsSchema.safeParse({ failOn: ['orphans'] }).success).toBe(false);
  });
});
