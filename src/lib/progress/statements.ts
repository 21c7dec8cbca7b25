import type { Actor, Statement } from '@xapi/xapi';
import { type CheckInteraction, interactionDefinition, interactionResponse } from './checkInteraction.ts';
import { ACTIVITY_TYPES, activityId, EXTENSIONS, VERBS } from './xapiIds.ts';

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

function statement(stamp: Stamp, rest: Omit<Statement, 'actor' | 'id' | 'timestamp'>): LearningStatement {
  return { id: stamp.id(), actor: stamp.actor, timestamp: stamp.now(), ...rest };
}

/** A knowledge check answered: who and when, the module and check, whether right, the options chosen (by position)
 * and, for an ordering or matching check, its interaction. */
type AnsweredCheck = [
  stamp: Stamp,
  moduleId: string,
  checkId: string,
  success: boolean,
  chosen: readonly number[],
  interaction?: CheckInteraction,
];

/** Statement builders, one per learning event Cohesion records. */
export const statements = {
  experiencedModule: (stamp: Stamp, moduleId: string, title: string) =>
    statement(stamp, {
      verb: VERBS.experienced,
      object: activity(activityId.module(moduleId), title, ACTIVITY_TYPES.module),
    }),

  /** A knowledge check answered; an ordering or matching check also records its interaction and right answer. */
  answeredCheck: (...[stamp, moduleId, checkId, success, chosen, interaction]: AnsweredCheck) =>
    statement(stamp, {
      verb: VERBS.answered,
      object: interaction
        ? {
            objectType: 'Activity',
            id: activityId.check(moduleId, checkId),
            definition: interactionDefinition(interaction, checkId),
          }
        : activity(activityId.check(moduleId, checkId), checkId, ACTIVITY_TYPES.question),
      result: { success, response: interaction ? interactionResponse(interaction, chosen) : chosen.join('[,]') },
      context: { contextActivities: { parent: [{ objectType: 'Activity', id: activityId.module(moduleId) }] } },
    }),

  /** A review of a check passed before (spaced retrieval): an `answered` statement marked as a review in its context. */
  reviewedCheck: (...answer: AnsweredCheck): LearningStatement => {
    const answered = statements.answeredCheck(...answer);
    return { ...answered, context: { ...answered.context, extensions: { [EXTENSIONS.review]: true } } };
  },

  completedModule: (stamp: Stamp, moduleId: string, title: string) =>
    statement(stamp, {
      verb: VERBS.completed,
      object: activity(activityId.module(moduleId), title, ACTIVITY_TYPES.module),
      result: { completion: true, success: true },
    }),

  testedOutModule: (stamp: Stamp, moduleId: string, title: string, passed: boolean) =>
    statement(stamp, {
      verb: passed ? VERBS.passed : VERBS.failed,
      object: activity(activityId.module(moduleId), title, ACTIVITY_TYPES.module),
      result: { success: passed, extensions: { [EXTENSIONS.testOut]: true } },
    }),

  answeredAssessmentItem: (stamp: Stamp, itemId: string, option: number, level: number) =>
    statement(stamp, {
      verb: VERBS.answered,
      object: activity(activityId.assessmentItem(itemId), itemId, ACTIVITY_TYPES.question),
      result: { response: String(option), extensions: { [EXTENSIONS.level]: level } },
    }),

  progressedJourney: (stamp: Stamp, done: number, total: number) =>
    statement(stamp, {
      verb: VERBS.progressed,
      object: activity(activityId.journey(), 'Learning journey', ACTIVITY_TYPES.course),
      result: { score: { scaled: total === 0 ? 1 : done / total }, completion: total > 0 && done === total },
    }),
};
