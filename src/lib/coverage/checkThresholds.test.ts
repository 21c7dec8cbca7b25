import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analyseCoverage } from './analyseCoverage';
import { checkThresholds } from './checkThresholds';
import { coverageThresholdsSchema } from './coverageThresholdsSchema';
import { findContentHealth } from './findContentHealth';

const defaults = coverageThresholdsSchema.parse({});
const breachesOf = (curriculum = testCurriculum(), overrides: Partial<typeof defaults> = {}) => {
  const thresholds = { ...defaults, ...overrides };
  return checkThresholds(analyseCoverage(curriculum), findContentHealth(curriculum, thresholds), thresholds);
};

describe('checkThresholds', () => {
  it('passes when nothing is above its threshold', () => {
    expect(breachesOf(testCurriculum(), { failOn: [], minAssessmentItems: 1 })).toEqual([]);
  });

  it('names every gap at or below the target, with the target', () => {
    const curriculum = testCurriculum();
    curriculum.models[0]!.defaultTargets.push({ competency: 'planning', level: 3 });
    const [breach] = breachesOf(curriculum, { failOn: [] });
    expect(breach).toEqual({
      threshold: 'maxGapsAtOrBelowTarget',
      message:
        '2 levels at or below the target have no module (allowed: 0); learners cannot reach what the engagement model expects.',
      details: ['planning, level 1 Aware (target 3)', 'planning, level 2 Practising (target 3)'],
    });
  });

  it('allows as many gaps as the thresholds allow', () => {
    const curriculum = testCurriculum();
    curriculum.models[0]!.defaultTargets.push({ competency: 'planning', level: 3 });
    expect(breachesOf(curriculum, { failOn: [], maxGapsAtOrBelowTarget: 2 })).toEqual([]);
  });

  it('checks gaps above the target only when a maximum is set', () => {
    expect(
      breachesOf(testCurriculum(), { failOn: [], maxGapsAboveTarget: 4 }).map((b) => [b.threshold, b.details.length]),
    ).toEqual([['maxGapsAboveTarget', 5]]);
  });

  it('fails thin targeted levels when two modules per level are required', () => {
    const [breach] = breachesOf(testCurriculum(), { failOn: [], minModulesPerTargetedLevel: 2 });
    expect(breach?.threshold).toBe('minModulesPerTargetedLevel');
    expect(breach?.details).toEqual(['mapping, level 1 Aware: intro', 'mapping, level 2 Practising: deeper']);
  });

  it('names levels reachable only through a chain longer than allowed, with the chain', () => {
    const [breach] = breachesOf(testCurriculum(), { failOn: [], maxPrerequisiteChain: 2 });
    expect(breach).toMatchObject({
      threshold: 'maxPrerequisiteChain',
      details: ['planning, level 3 Proficient: 3 modules, intro → deeper → planning'],
    });
  });

  it('fails on the content-health kinds listed in failOn and only reports the others', () => {
    const breaches = breachesOf(testCurriculum(), { failOn: ['orphan-module'] });
    expect(breaches.map((b) => [b.threshold, b.details.length])).toEqual([['failOn: orphan-module', 2]]);
    expect(breaches[0]!.details[0]).toBe('content/modules/planning.mdx: “planning” is in no learning path.');
  });
});
