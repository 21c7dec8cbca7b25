import { type LearnerFunction, learnerFunctionSchema } from '../lib/evidence/statedFunctionSchema';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { callAsLearner } from './callAsLearner';

/** The learner's job function as the server knows it (stated, from the invitation, or none). */
export const readLearnerFunction = async (connection: LrsConnection): Promise<LearnerFunction> =>
  learnerFunctionSchema.parse(await callAsLearner(connection, 'profile/function'));

/** States the learner's own job function (blank withdraws it); answers it as the server now knows it. */
export const stateLearnerFunction = async (connection: LrsConnection, id: string): Promise<LearnerFunction> =>
  learnerFunctionSchema.parse(await callAsLearner(connection, 'profile/function', 'PUT', { function: id }));
