import type { Actor, Statement, Verb } from '@xapi/xapi';

/** The ADL verbs Cohesion records (the xAPI types come from @xapi/xapi; these are the IRIs). */
export const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  progressed: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'en-US': 'progressed' } },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
} as const satisfies Record<string, Verb>;

/** Activity ids are URNs: stable identifiers that do not depend on where the site is hosted. */
export const activityId = {
  module: (moduleId: string) => `urn:cohesion:module:${moduleId}`,
  check: (moduleId: string, checkId: string) => `urn:cohesion:module:${moduleId}:check:${checkId}`,
  assessmentItem: (itemId: string) => `urn:cohesion:assessment:${itemId}`,
  journey: () => 'urn:cohesion:journey',
};

/** Extension IRIs used in results and contexts. */
export const EXTENSIONS = {
  testOut: 'urn:cohesion:extension:test-out',
  level: 'urn:cohesion:extension:level',
} as const;

/** What the caller supplies for every statement: who, a fresh UUID and the time. */
export interface Stamp {
  actor: Actor;
  id: () => string;
  now: () => string;
}

/** A statement as Cohesion stores it: id and timestamp always present. */
export type LearningStatement = Statement & { id: string; timestamp: string };

const activity = (id: string, name: string, type: string) => ({
  objectType: 'Activity' as const,
  id,
  definition: { name: { 'en-US': name }, type },
});
const MODULE_TYPE = 'http://adlnet.gov/expapi/activities/module';
const QUESTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

function statement(stamp: Stamp, rest: Omit<Statement, 'actor' | 'id' | 'timestamp'>): LearningStatement {
  return { id: stamp.id(), actor: stamp.actor, timestamp: stamp.now(), ...rest };
}

/** Statement builders, one per learning event Cohesion records. */
export const statements = {
  experiencedModule: (stamp: Stamp, moduleId: string, title: string) =>
    statement(stamp, { verb: VERBS.experienced, object: activity(activityId.module(moduleId), title, MODULE_TYPE) }),

  answeredCheck: (stamp: Stamp, moduleId: string, checkId: string, success: boolean, chosen: readonly number[]) =>
    statement(stamp, {
      verb: VERBS.answered,
      object: activity(activityId.check(moduleId, checkId), checkId, QUESTION_TYPE),
      result: { success, response: chosen.join('[,]') },
      context: { contextActivities: { parent: [{ objectType: 'Activity', id: activityId.module(moduleId) }] } },
    }),

  completedModule: (stamp: Stamp, moduleId: string, title: string) =>
    statement(stamp, {
      verb: VERBS.completed,
      object: activity(activityId.module(moduleId), title, MODULE_TYPE),
      result: { completion: true, success: true },
    }),

  testedOutModule: (stamp: Stamp, moduleId: string, title: string, passed: boolean) =>
    statement(stamp, {
      verb: passed ? VERBS.passed : VERBS.failed,
      object: activity(activityId.module(moduleId), title, MODULE_TYPE),
      result: { success: passed, extensions: { [EXTENSIONS.testOut]: true } },
    }),

  answeredAssessmentItem: (stamp: Stamp, itemId: string, option: number, level: number) =>
    statement(stamp, {
      verb: VERBS.answered,
      object: activity(activityId.assessmentItem(itemId), itemId, QUESTION_TYPE),
      result: { response: String(option), extensions: { [EXTENSIONS.level]: level } },
    }),

  progressedJourney: (stamp: Stamp, done: number, total: number) =>
    statement(stamp, {
      verb: VERBS.progressed,
      object: activity(activityId.journey(), 'Learning journey', 'http://adlnet.gov/expapi/activities/course'),
      result: { score: { scaled: total === 0 ? 1 : done / total }, completion: total > 0 && done === total },
    }),
};
