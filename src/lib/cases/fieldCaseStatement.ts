import type { Actor, Statement } from '@xapi/xapi';
import { ACTIVITY_TYPES, activityId, EXTENSIONS, VERBS } from '../progress/xapiIds.ts';
import type { FieldCase } from './fieldCaseSchema.ts';

/**
 * The xAPI statement the server records when a learner shares a field case (`shared`, the learner
 * as actor) or a lead approves one (`approved`, the lead as actor): the case as the object
 * (`urn:cohesion:case:<id>`, named by its title), its competencies as context activities and, in
 * the context's extension, each at its level; so any LRS sees contributions by competency.
 */
export function fieldCaseStatement(
  verb: 'shared' | 'approved',
  stamp: { id: string; actor: Actor; timestamp: string },
  fieldCase: Pick<FieldCase, 'id' | 'title' | 'competencies'>,
): Statement & { id: string; timestamp: string } {
  return {
    id: stamp.id,
    actor: stamp.actor,
    verb: VERBS[verb],
    object: {
      objectType: 'Activity',
      id: activityId.fieldCase(fieldCase.id),
      definition: { name: { und: fieldCase.title }, type: ACTIVITY_TYPES.fieldCase },
    },
    context: {
      contextActivities: {
        other: fieldCase.competencies.map((c) => ({
          objectType: 'Activity' as const,
          id: activityId.competency(c.competency),
          definition: { type: ACTIVITY_TYPES.competency },
        })),
      },
      extensions: { [EXTENSIONS.competencyLevels]: fieldCase.competencies.map((c) => ({ ...c })) },
    },
    timestamp: stamp.timestamp,
  };
}
